package org.mutabaa.actions.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;

/** Writes action events to the outbox (channel {@code actions}, key: action id). */
@ApplicationScoped
public class ActionEvents {

    public static final String CHANNEL = "actions";
    public static final String SOURCE = "/mutabaa/actions-service";

    private final Outbox outbox;
    private final EventCodec codec;

    public ActionEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public CloudEvent created(Action action) {
        Owner o = action.owner;
        ActionCreated data = new ActionCreated(action.id, action.decisionId, action.meetingId, action.titleAr,
                action.titleEn,
                new ActionCreated.Owner(o.officialId, o.organisationId, o.countryCode, o.nameAr, o.nameEn, o.titleAr,
                        o.titleEn, o.preferredLanguage),
                action.dueDate, action.priority.name(), action.status.name(), action.createdAt);
        CloudEvent event = codec.envelope(SOURCE, ActionCreated.TYPE, "actions/" + action.id, data);
        return outbox.append(CHANNEL, action.id.toString(), event);
    }
}
