package org.mutabaa.notifications.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event an official can be told of, as preferences name them. */
public enum EventKind {
    DECISION_ADOPTED("org.mutabaa.decision.adopted.v1", "decision-adopted"),
    DECISION_AMENDED("org.mutabaa.decision.amended.v1", "decision-amended"),
    DECISION_REVOKED("org.mutabaa.decision.revoked.v1", "decision-revoked"),
    ACTION_CREATED("org.mutabaa.action.created.v1", "action-created"),
    ACTION_REASSIGNED("org.mutabaa.action.reassigned.v1", "action-reassigned"),
    ACTION_STATUS_CHANGED("org.mutabaa.action.status-changed.v1", "action-status-changed"),
    ACTION_DUE_SOON("org.mutabaa.action.due-soon.v1", "action-due-soon"),
    ACTION_OVERDUE("org.mutabaa.action.overdue.v1", "action-overdue"),
    ACTION_ESCALATED("org.mutabaa.action.escalated.v1", "action-escalated"),
    ACTION_STATUS_CHECK("org.mutabaa.action.status-check.v1", "action-status-check"),
    ACTION_VERIFIED("org.mutabaa.action.verified.v1", "action-verified"),
    ACTION_RETURNED("org.mutabaa.action.returned.v1", "action-returned"),
    REPORT_READY("org.mutabaa.report.ready.v1", "report-ready");

    public final String type;
    /** Name of its templates. */
    public final String template;

    EventKind(String type, String template) {
        this.type = type;
        this.template = template;
    }

    /** Overdue and escalation reach the official whatever their digest or mute. */
    public boolean urgent() {
        return this == ACTION_OVERDUE || this == ACTION_ESCALATED;
    }

    /** A quarterly report goes as it is, never held for a digest: its mail carries the report itself. */
    public boolean neverDigested() {
        return urgent() || this == REPORT_READY;
    }

    public static Optional<EventKind> ofType(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }
}
