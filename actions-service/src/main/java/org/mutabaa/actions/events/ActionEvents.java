package org.mutabaa.actions.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes action events to the outbox (channel {@code actions}, key: action id), in the caller's
 * transaction. An action an organisation owns (no person yet) carries the organisation's focal
 * points, who are told in its stead; a DONE carries the recording organisation's focal points, who
 * verify it.
 */
@ApplicationScoped
public class ActionEvents {

    public static final String CHANNEL = "actions";
    public static final String SOURCE = "/mutabaa/actions-service";

    /** Which deadline an {@link ActionDeadline} event reports; escalations are {@link #escalated}. */
    public enum Deadline {
        DUE_SOON(ActionDeadline.DUE_SOON), OVERDUE(ActionDeadline.OVERDUE);

        final String type;

        Deadline(String type) {
            this.type = type;
        }
    }

    /** One level of an escalation: its number, what it escalates to, and the people it reaches. */
    public record Escalation(int level, String target, List<ActionPerson> people) {
    }

    private final Outbox outbox;
    private final EventCodec codec;
    private final FocalPointsOf focalPoints;
    private final LinksOf links;

    public ActionEvents(Outbox outbox, EventCodec codec, FocalPointsOf focalPoints, LinksOf links) {
        this.outbox = outbox;
        this.codec = codec;
        this.focalPoints = focalPoints;
        this.links = links;
    }

    public CloudEvent created(Action a, DecisionRef decision) {
        return append(a, ActionCreated.TYPE, new ActionCreated(a.id, a.decisionId, a.meetingId,
                decision.classification, a.itemPosition, a.titleAr, a.titleEn, owner(a), a.dueDate,
                a.dueDate == null ? null : a.timeZone, a.priority.name(), a.status.name(), a.createdAt,
                focal(a)));
    }

    public CloudEvent reassigned(Action a, DecisionRef decision, Owner previous, String previousZone, String reason,
                                 UUID by, OffsetDateTime at) {
        return append(a, ActionReassigned.TYPE, new ActionReassigned(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, ActionPerson.of(previous, previousZone), owner(a),
                reason, by, a.dueDate, a.dueDate == null ? null : a.timeZone, a.status.name(), at,
                previous.isOrganisation() ? orNull(focalPoints.of(previous.organisationId)) : null));
    }

    public CloudEvent statusChanged(Action a, DecisionRef decision, Action.Status previous, UUID by, String cause,
                                    List<ActionPerson> decisionOwners, OffsetDateTime at) {
        return append(a, ActionStatusChanged.TYPE, new ActionStatusChanged(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, owner(a), previous.name(), a.status.name(),
                a.statusReason, by, cause, decisionOwners, at, focal(a),
                a.status == Action.Status.DONE ? orNull(focalPoints.of(decision.recordedBy)) : null));
    }

    public CloudEvent verified(Action a, DecisionRef decision, UUID by, List<ActionPerson> decisionOwners,
                               OffsetDateTime at) {
        return append(a, ActionVerified.TYPE, new ActionVerified(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, owner(a), a.status.name(), a.completedAt, by,
                decisionOwners, at, focal(a)));
    }

    public CloudEvent returned(Action a, DecisionRef decision, Action.Status previous, UUID by, OffsetDateTime at) {
        return append(a, ActionReturned.TYPE, new ActionReturned(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, owner(a), previous.name(), a.status.name(),
                a.statusReason, a.progress, by, at, focal(a)));
    }

    public CloudEvent deadline(Deadline kind, Action a, DecisionRef decision, OffsetDateTime at) {
        return append(a, kind.type, new ActionDeadline(a.id, a.decisionId, a.meetingId, decision.classification,
                a.titleAr, a.titleEn, owner(a), a.dueDate, a.timeZone, a.overdueAt, a.status.name(), a.progress,
                null, at, focal(a), null, null, null));
    }

    /** One level of the action's escalation: {@code escalatedTo} is the first person it reaches, the others follow. */
    public CloudEvent escalated(Action a, DecisionRef decision, Escalation escalation, OffsetDateTime at) {
        List<ActionPerson> people = escalation.people();
        return append(a, ActionDeadline.ESCALATED, new ActionDeadline(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, owner(a), a.dueDate, a.timeZone, a.overdueAt,
                a.status.name(), a.progress, people.get(0), at, focal(a), escalation.level(), escalation.target(),
                orNull(people.subList(1, people.size()))));
    }

    public CloudEvent statusCheck(Action a, DecisionRef decision, int everyDays, OffsetDateTime lastUpdateAt,
                                  OffsetDateTime at) {
        return append(a, ActionStatusCheck.TYPE, new ActionStatusCheck(a.id, a.decisionId, a.meetingId,
                decision.classification, a.titleAr, a.titleEn, owner(a), a.timeZone, a.status.name(), a.progress,
                everyDays, lastUpdateAt, at, focal(a)));
    }

    /** An organisation's quarterly report, keyed by the organisation. */
    public CloudEvent reportReady(ReportReady report) {
        CloudEvent event = codec.envelope(SOURCE, ReportReady.TYPE,
                "organisations/" + report.organisationId() + "/reports/" + report.period(), report);
        return outbox.append(CHANNEL, report.organisationId().toString(), event);
    }

    /** The focal points of the organisation that owns the action, while no person does; null otherwise or when it names none. */
    private List<ActionPerson> focal(Action a) {
        return a.owner.isOrganisation() ? orNull(focalPoints.owning(a)) : null;
    }

    private static List<ActionPerson> orNull(List<ActionPerson> people) {
        return people.isEmpty() ? null : List.copyOf(people);
    }

    private ActionPerson owner(Action a) {
        return links.owner(a, ActionPerson.of(a.owner, a.timeZone));
    }

    private CloudEvent append(Action a, String type, Object data) {
        CloudEvent event = codec.envelope(SOURCE, type, "actions/" + a.id, data);
        return outbox.append(CHANNEL, a.id.toString(), event);
    }
}
