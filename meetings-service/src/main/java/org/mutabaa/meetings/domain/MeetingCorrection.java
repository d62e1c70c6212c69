package org.mutabaa.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One correction of a recorded meeting: when, by whom, why, and each field before and after (JSON). */
@Entity
@Table(name = "meeting_correction")
public class MeetingCorrection {

    @Id
    public UUID id;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "corrected_at")
    public OffsetDateTime correctedAt;

    @Column(name = "corrected_by")
    public UUID correctedBy;

    public String reason;

    public String changes;
}
