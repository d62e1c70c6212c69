package org.mutabaa.actions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a meeting's secretariat follows up its actions: how often an action without a due date is
 * asked about, and to whom a late one escalates.
 */
@Entity
@Table(name = "meeting_follow_up")
public class MeetingFollowUp {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "status_check_days")
    public int statusCheckDays;

    /** Whether the secretariat chose the escalation chain (an empty one: no escalation); the default applies otherwise. */
    @Column(name = "escalation_chosen")
    public boolean escalationChosen;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_escalation_level", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<EscalationLevel> escalation = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
