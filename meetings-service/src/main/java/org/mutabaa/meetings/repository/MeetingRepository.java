package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.MeetingFilter;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.platform.persistence.Filters;
import org.mutabaa.platform.security.Caller;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /**
     * Meetings matching every filter given that the reader may see (all of them when there is
     * no reader: an administrator), newest first; ties broken by id so pages are stable.
     */
    public PanacheQuery<Meeting> search(MeetingFilter c, Optional<Caller.Reader> reader) {
        return Filters.where()
                .visibleTo("mutabaa_meeting_visible", reader)
                .and("startsAt >= :from", "from", c.from() == null ? null : c.from().atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("startsAt < :to", "to", c.to() == null ? null : c.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("id in (select d.meeting.id from Delegation d where d.countryCode = :country)", "country", c.countryCode())
                .and("id in (select d.meeting.id from Delegation d where d.organisation.id = :organisation)",
                        "organisation", c.organisationId())
                .and("status = :status", "status", c.status())
                .and("id in (select d.meeting.id from Delegation d join d.participants p where p.official.id = :participant)",
                        "participant", c.participantId())
                .find(this, Sort.descending("startsAt").and("id"));
    }
}
