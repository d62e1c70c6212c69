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
}
