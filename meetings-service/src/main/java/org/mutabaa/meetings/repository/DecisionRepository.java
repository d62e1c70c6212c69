package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Decision;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofMeeting(UUID meetingId) {
        return list("meeting.id", Sort.by("createdAt").and("id"), meetingId);
    }
}
