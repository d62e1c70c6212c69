package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Action;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    public boolean exists(UUID decisionId, UUID ownerId) {
        return count("decisionId = ?1 and owner.officialId = ?2", decisionId, ownerId) > 0;
    }

    /** Actions matching every filter given (null means any), oldest first. */
    public PanacheQuery<Action> search(UUID decisionId, UUID meetingId, UUID ownerId, Action.Status status) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (decisionId != null) {
            where.add("decisionId = :decision");
            params.and("decision", decisionId);
        }
        if (meetingId != null) {
            where.add("meetingId = :meeting");
            params.and("meeting", meetingId);
        }
        if (ownerId != null) {
            where.add("owner.officialId = :owner");
            params.and("owner", ownerId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort sort = Sort.by("createdAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
