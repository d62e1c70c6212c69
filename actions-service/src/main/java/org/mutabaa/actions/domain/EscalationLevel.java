package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** One level of a meeting's escalation chain: to whom a late action escalates, after how many days late. */
@Embeddable
public class EscalationLevel {

    /** The most levels a chain has. */
    public static final int MAX = 5;

    public enum Target {
        /** The head of the owner's country's delegation at the meeting. */
        HEAD_OF_DELEGATION,
        /** The focal points of the organisation whose secretariat recorded the meeting. */
        RECORDING_SECRETARIAT,
        /** An official the secretariat names. */
        OFFICIAL
    }

    @Enumerated(EnumType.STRING)
    public Target target;

    @Column(name = "after_days")
    public int afterDays;

    @Column(name = "official_id")
    public UUID officialId;

    public EscalationLevel() {
    }

    public EscalationLevel(Target target, int afterDays, UUID officialId) {
        this.target = target;
        this.afterDays = afterDays;
        this.officialId = officialId;
    }

    /** The reminder kind that makes level {@code level} (1-based) fire once per action and due date. */
    public static String reminderKind(int level) {
        return level == 1 ? "ESCALATED" : "ESCALATED_" + level;
    }
}
