package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Tracked follow-up of one owner of an adopted decision. */
@Entity
public class Action {

    public enum Status { OPEN, IN_PROGRESS, BLOCKED, DONE, CANCELLED }

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    @Id
    public UUID id;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Embedded
    public Owner owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
