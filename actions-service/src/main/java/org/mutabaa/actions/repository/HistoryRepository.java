package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.HistoryEntry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, Long> {

    /** The action's history, oldest first. */
    /** The action's history entries, oldest first, to be read a page at a time. */
    public PanacheQuery<HistoryEntry> of(UUID actionId) {
        return find("actionId", Sort.by("id"), actionId);
    }

    public Optional<HistoryEntry> lastStatusChange(UUID actionId) {
        return find("actionId = ?1 and change = ?2", Sort.descending("id"), actionId, HistoryEntry.Change.STATUS)
                .firstResultOptional();
    }

    /**
     * What changed the status, progress or verification of these actions before {@code before}, in
     * the order it happened: enough to tell where each stood at that moment.
     */
    public java.util.List<HistoryEntry> standingChanges(java.util.Collection<UUID> actionIds, java.time.OffsetDateTime before) {
        if (actionIds.isEmpty()) {
            return java.util.List.of();
        }
        return list("actionId in ?1 and at < ?2 and change in ?3", Sort.by("actionId").and("at").and("id"), actionIds,
                before, java.util.List.of(HistoryEntry.Change.STATUS, HistoryEntry.Change.PROGRESS,
                        HistoryEntry.Change.VERIFIED, HistoryEntry.Change.RETURNED));
    }
}
