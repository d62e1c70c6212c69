package org.mutabaa.actions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.mutabaa.platform.domain.ConflictException;
import org.mutabaa.platform.domain.InvalidFieldException;
import org.mutabaa.platform.time.WorkingCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tracked follow-up of one owner (an official or an organisation) or one explicit item of an adopted decision. */
@Entity
public class Action {

    /**
     * The workflow. OPEN, IN_PROGRESS and BLOCKED are still to do; DONE can be reopened with a
     * reason; CANCELLED is final.
     */
    public enum Status {
        OPEN, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

        public static final Set<Status> PENDING = EnumSet.of(OPEN, IN_PROGRESS, BLOCKED);

        public boolean pending() {
            return PENDING.contains(this);
        }

        /** The statuses this one may move to. */
        public Set<Status> next() {
            return switch (this) {
                case OPEN -> EnumSet.of(IN_PROGRESS, BLOCKED, DONE, CANCELLED);
                case IN_PROGRESS -> EnumSet.of(BLOCKED, DONE, CANCELLED);
                case BLOCKED -> EnumSet.of(OPEN, IN_PROGRESS, CANCELLED);
                case DONE -> EnumSet.of(OPEN, IN_PROGRESS);
                case CANCELLED -> EnumSet.noneOf(Status.class);
            };
        }

        /** Whether moving from this status to {@code to} must say why. */
        public boolean needsReason(Status to) {
            return to == BLOCKED || to == CANCELLED || this == DONE;
        }
    }

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    /**
     * Where a DONE action stands with the secretariat that recorded its meeting: AWAITING its
     * check of the evidence, or VERIFIED. Only a DONE action has one.
     */
    public enum Verification { AWAITING, VERIFIED }

    /** Which side of a lead and counterpart pair an action is. */
    public enum Side { LEAD, COUNTERPART }

    @Id
    public UUID id;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    /** Where in the decision the action comes from; see {@link Origin}. */
    public String origin;

    /** Position of the decision's explicit action item, when the action is one. */
    @Column(name = "item_position")
    public Integer itemPosition;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Embedded
    public Owner owner;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_collaborator", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "official_id")
    public Set<UUID> collaborators = new LinkedHashSet<>();

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The owner's IANA time zone, in which the due date is a date. */
    @Column(name = "time_zone")
    public String timeZone;

    /**
     * The first instant the action is late: the start of the first working day after its due date in
     * {@link #timeZone}, on the owner's country's calendar.
     */
    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;

    /** The first instant its owner is reminded that it is due soon, counted back in working days from {@link #overdueAt}. */
    @Column(name = "due_soon_at")
    public OffsetDateTime dueSoonAt;

    @Enumerated(EnumType.STRING)
    public Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    /** Why the action is blocked, cancelled or was reopened. */
    @Column(name = "status_reason")
    public String statusReason;

    /** Latest reported progress, 0 to 100. */
    public int progress;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** When the recording secretariat verified the action's DONE; cleared when it leaves DONE. */
    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "verified_by")
    public UUID verifiedBy;

    /** The other side's action, when the decision pairs this action's owner with a counterpart. */
    @Column(name = "counterpart_action_id")
    public UUID counterpartActionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pair_side")
    public Side pairSide;

    /** Links this action with {@code other}'s, this one on {@code side}; null unlinks it. */
    public void pairWith(Action other, Side side) {
        counterpartActionId = other == null ? null : other.id;
        pairSide = other == null ? null : side;
    }

    @Version
    public int version;

    /**
     * Sets the due date in the owner's zone and recomputes, on the owner's country's working calendar,
     * when the action becomes due soon ({@code dueSoonLead} before) and late.
     */
    public void schedule(LocalDate due, String zone, WorkingCalendar calendar, Duration dueSoonLead) {
        dueDate = due;
        timeZone = zone;
        if (due == null) {
            overdueAt = null;
            dueSoonAt = null;
            return;
        }
        WorkingCalendar.Deadlines deadlines = WorkingCalendar.Deadlines.of(calendar, due, zone);
        overdueAt = deadlines.lateFrom();
        dueSoonAt = deadlines.dueSoonFrom(dueSoonLead);
    }

    /**
     * Refuses a move the workflow forbids ({@link Status#next()}): to the status the action has
     * already, or one its status does not lead to.
     */
    private void requireMayMoveTo(Status to) {
        if (status == to) {
            throw new ConflictException("the action is already " + to);
        }
        if (!status.next().contains(to)) {
            throw new ConflictException("an action that is " + status + " cannot become " + to
                    + (status.next().isEmpty() ? "; it is final" : "; it can become " + names(status.next())));
        }
    }

    /**
     * Moves the action through its workflow at {@code at}, with the reason given; returns the status
     * it left. A move the workflow forbids is a conflict; a move that must say why and does not is an
     * invalid {@code reason}.
     */
    public Status moveTo(Status to, String reason, OffsetDateTime at) {
        requireMayMoveTo(to);
        if (status.needsReason(to) && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", status == Status.DONE
                    ? "is required to reopen a done action" : "is required for " + to);
        }
        return become(to, reason, at);
    }

    /** AWAITING or VERIFIED for a DONE action; null for any other. */
    public Verification verification() {
        if (status != Status.DONE) {
            return null;
        }
        return verifiedAt == null ? Verification.AWAITING : Verification.VERIFIED;
    }

    /** The secretariat accepts the evidence of a DONE action that awaits it; anything else is a conflict. */
    public void verify(UUID by, OffsetDateTime at) {
        requireAwaitingVerification("verified");
        verifiedAt = at;
        verifiedBy = by;
        updatedAt = at;
    }

    /**
     * The secretariat sends a DONE action that awaits verification back to its owner, in progress,
     * with the reason; returns the status it left.
     */
    public Status returnForWork(String reason, OffsetDateTime at) {
        requireAwaitingVerification("returned");
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "is required to return an action to its owner");
        }
        return become(Status.IN_PROGRESS, reason, at);
    }

    private void requireAwaitingVerification(String what) {
        if (status != Status.DONE) {
            throw new ConflictException("only a DONE action is " + what + "; this one is " + status);
        }
        if (verifiedAt != null) {
            throw new ConflictException("the action was verified at " + verifiedAt
                    + "; to work it again, reopen it with a reason");
        }
    }

    /** Cancels a pending action for its decision's sake (revoked, or its owner no longer named); returns the status it left. */
    public Status cancelForDecision(String reason, OffsetDateTime at) {
        if (!status.pending()) {
            throw new ConflictException("an action that is " + status + " is not cancelled by its decision");
        }
        return become(Status.CANCELLED, reason, at);
    }

    /** Gives back an action its decision cancelled when its owner is named again; returns the status it left. */
    public Status restoreForDecision(OffsetDateTime at) {
        if (status != Status.CANCELLED) {
            throw new ConflictException("an action that is " + status + " was not cancelled");
        }
        return become(Status.OPEN, null, at);
    }

    /** The one place status is written: with its reason, when it was done, when the action changed. */
    private Status become(Status to, String reason, OffsetDateTime at) {
        Status from = status;
        status = to;
        statusReason = reason == null || reason.isBlank() ? null : reason;
        if (to == Status.DONE) {
            completedAt = at;
        } else if (to.pending()) {
            completedAt = null;
        }
        if (to != Status.DONE) {
            verifiedAt = null;
            verifiedBy = null;
        }
        updatedAt = at;
        return from;
    }

    private static String names(Set<Status> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    public boolean overdue(OffsetDateTime now) {
        return status.pending() && overdueAt != null && !overdueAt.isAfter(now);
    }
}
