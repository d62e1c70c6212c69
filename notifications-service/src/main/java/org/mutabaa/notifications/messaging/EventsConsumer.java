package org.mutabaa.notifications.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.notifications.service.NotificationService;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Reads {@code meetings.decisions} and {@code actions.lifecycle}. A record that is not a valid
 * event goes straight to the topic's dead-letter topic; a failure of our own (database down) is
 * retried before it does.
 */
@ApplicationScoped
public class EventsConsumer {

    private final EventCodec codec;
    private final NotificationService notifications;

    public EventsConsumer(EventCodec codec, NotificationService notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @Incoming("decisions")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void decision(String record) {
        codec.dispatch(record, Map.of(DecisionAdopted.TYPE,
                EventCodec.Handler.of(DecisionAdopted.class, notifications::decisionAdopted)));
    }

    @Incoming("actions")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void action(String record) {
        codec.dispatch(record, Map.of(ActionCreated.TYPE,
                EventCodec.Handler.of(ActionCreated.class, notifications::actionCreated)));
    }
}
