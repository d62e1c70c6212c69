package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Decision;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofMeeting(UUID meetingId) {
        return findOfMeeting(meetingId).list();
    }

    /** The meeting's decisions in the order they were recorded, to be read a page at a time. */
    public PanacheQuery<Decision> findOfMeeting(UUID meetingId) {
        return find("meeting.id", Sort.by("createdAt").and("id"), meetingId);
    }
}
