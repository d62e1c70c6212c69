package org.mutabaa.notifications.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.events.ActionEvent;
import org.mutabaa.notifications.events.DecisionEvent;
import org.mutabaa.notifications.events.ReportEvent;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.notifications.service.Directory;
import org.mutabaa.notifications.service.intake.NotificationService;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.inbox.Inbox;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code meetings.decisions}, {@code actions.lifecycle} and {@code directory.officials} a poll
 * batch at a time through the {@link Inbox}: a record that is not a valid event goes straight to
 * the topic's dead-letter topic, its batch-mates are applied; a failure of our own (database down)
 * is retried.
 */
@ApplicationScoped
public class EventsConsumer {

    /** The only producers of the topics read here. */
    static final String MEETINGS = "/mutabaa/meetings-service";
    static final String ACTIONS = "/mutabaa/actions-service";

    private final Inbox inbox;
    private final Map<String, EventCodec.Handler<?>> decisions = new HashMap<>();
    private final Map<String, EventCodec.Handler<?>> actions = new HashMap<>();
    private final Map<String, EventCodec.Handler<?>> officials;

    public EventsConsumer(Inbox inbox, NotificationService notifications, Directory directory) {
        this.inbox = inbox;
        for (EventKind kind : EventKind.values()) {
            if (kind == EventKind.REPORT_READY) {
                actions.put(kind.type, EventCodec.Handler.of(ReportEvent.class, notifications::report));
            } else if (kind.name().startsWith("DECISION_")) {
                decisions.put(kind.type, EventCodec.Handler.of(DecisionEvent.class,
                        (id, data) -> notifications.decision(id, kind, data)));
            } else {
                actions.put(kind.type, EventCodec.Handler.of(ActionEvent.class,
                        (id, data) -> notifications.action(id, kind, data)));
            }
        }
        this.officials = Map.of(
                OfficialEvent.UPSERTED, EventCodec.Handler.of(OfficialEvent.class, directory::upserted),
                OfficialEvent.DEACTIVATED, EventCodec.Handler.of(OfficialEvent.class, directory::deactivated));
    }

    @Incoming("decisions")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200)
    public void decision(ConsumerRecords<String, String> records) {
        inbox.consume("decisions", records, MEETINGS, decisions);
    }

    @Incoming("actions")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200)
    public void action(ConsumerRecords<String, String> records) {
        inbox.consume("actions", records, ACTIONS, actions);
    }

    @Incoming("officials")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200)
    public void official(ConsumerRecords<String, String> records) {
        inbox.consume("officials", records, MEETINGS, officials);
    }
}
