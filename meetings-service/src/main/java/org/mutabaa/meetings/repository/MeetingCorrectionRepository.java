package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.MeetingCorrection;

import java.util.UUID;

@ApplicationScoped
public class MeetingCorrectionRepository implements PanacheRepositoryBase<MeetingCorrection, UUID> {

    /** A meeting's corrections, oldest first. */
    public PanacheQuery<MeetingCorrection> ofMeeting(UUID meetingId) {
        return find("meetingId = ?1 order by correctedAt, id", meetingId);
    }
}
