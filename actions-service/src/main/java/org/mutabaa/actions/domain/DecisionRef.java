package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the decision events told this service about a decision: its meeting, classification,
 * owners and the heads of delegation (JSON lists of people as the events carried them).
 */
@Entity
@Table(name = "decision_ref")
public class DecisionRef {

    public enum Status { ADOPTED, REVOKED }

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "meeting_title_ar")
    public String meetingTitleAr;

    @Column(name = "meeting_title_en")
    public String meetingTitleEn;

    public String classification;

    /** The decision's text as last adopted or amended, and when its meeting began (for a link's page). */
    @Column(name = "text_ar")
    public String textAr;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "meeting_starts_at")
    public java.time.OffsetDateTime meetingStartsAt;

    @Column(name = "time_zone")
    public String timeZone;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    /** JSON array of the decision's owning officials. */
    public String owners;

    /** JSON array of the heads of delegation. */
    public String heads;

    /** The organisation whose secretariat recorded the meeting; null when an administrator did. */
    @Column(name = "recorded_by")
    public UUID recordedBy;

    /** The meeting's participants and the decision's owning officials: they read its actions. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "decision_reader",
            joinColumns = @jakarta.persistence.JoinColumn(name = "decision_id"))
    @Column(name = "official_id")
    public java.util.Set<UUID> readers = new java.util.HashSet<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
