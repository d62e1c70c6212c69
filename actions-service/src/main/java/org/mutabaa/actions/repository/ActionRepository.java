package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.platform.persistence.Filters;

import java.util.UUID;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    public boolean exists(UUID decisionId, UUID ownerId) {
        return count("decisionId = ?1 and owner.officialId = ?2", decisionId, ownerId) > 0;
    }

    /** Actions matching every filter given (null means any), oldest first. */
    public PanacheQuery<Action> search(UUID decisionId, UUID meetingId, UUID ownerId, Action.Status status) {
        return Filters.where()
                .and("decisionId = :decision", "decision", decisionId)
                .and("meetingId = :meeting", "meeting", meetingId)
                .and("owner.officialId = :owner", "owner", ownerId)
                .and("status = :status", "status", status)
                .find(this, Sort.by("createdAt").and("id"));
    }
}
