package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** How a meeting's secretariat follows up its actions: how often an action without a due date is asked about. */
@Entity
@Table(name = "meeting_follow_up")
public class MeetingFollowUp {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "status_check_days")
    public int statusCheckDays;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
