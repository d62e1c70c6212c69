package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Meeting;

import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** Newest meetings first; ties broken by id so pages are stable. */
    public PanacheQuery<Meeting> newestFirst() {
        return findAll(Sort.descending("startsAt").and("id"));
    }
}
