package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.ProgressUpdate;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    /** The action's progress entries, oldest first, to be read a page at a time. */
    public PanacheQuery<ProgressUpdate> of(UUID actionId) {
        return find("actionId", Sort.by("createdAt").and("id"), actionId);
    }

    /** When the action's progress was last reported, if ever. */
    public Optional<OffsetDateTime> lastReportedAt(UUID actionId) {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select max(p.createdAt) from ProgressUpdate p where p.actionId = ?1", OffsetDateTime.class)
                .setParameter(1, actionId).getSingleResult());
    }
}
