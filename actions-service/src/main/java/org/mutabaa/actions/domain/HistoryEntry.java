package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change to an action: who (an official, or the service acting on an event or the clock), when, old → new. */
@Entity
@Table(name = "action_history")
public class HistoryEntry {

    /** What made the change. */
    public enum Source { API, DECISION, DIRECTORY, SCHEDULER }

    /** What changed. */
    public enum Change {
        CREATED, STATUS, OWNER, PROGRESS, COMMENT, ATTACHMENT, PRIORITY, DUE_DATE, TITLE, COLLABORATORS,
        DUE_SOON, OVERDUE, ESCALATED, STATUS_CHECK, VERIFIED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "action_id")
    public UUID actionId;

    public OffsetDateTime at;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Enumerated(EnumType.STRING)
    public Change change;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    public String note;

    /** Done through a signed action link, by the person it was given to ({@link #actorNameAr}, {@link #actorNameEn}). */
    @Column(name = "by_link")
    public boolean byLink;

    @Column(name = "actor_name_ar")
    public String actorNameAr;

    @Column(name = "actor_name_en")
    public String actorNameEn;
}
