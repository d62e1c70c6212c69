package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.ProgressUpdate;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    /** Those of the action, oldest first. */
    /** The action's progress entries, oldest first, to be read a page at a time. */
    public PanacheQuery<ProgressUpdate> of(UUID actionId) {
        return find("actionId", Sort.by("createdAt").and("id"), actionId);
    }
}
