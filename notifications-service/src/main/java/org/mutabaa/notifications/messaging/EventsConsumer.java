package org.mutabaa.notifications.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.service.NotificationService;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Reads {@code meetings.decisions} and {@code actions.lifecycle}. A record that is not a valid
 * event goes straight to the topic's dead-letter topic; a failure of our own (database down) is
 * retried before it does.
 */
@ApplicationScoped
public class EventsConsumer {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

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
        CloudEvent event = codec.read(record);
        if (DecisionAdopted.TYPE.equals(event.type())) {
            notifications.decisionAdopted(UUID.fromString(event.id()), codec.data(event, DecisionAdopted.class));
        } else {
            LOG.debugf("ignoring %s %s: not an event this service acts on", event.type(), event.id());
        }
    }

    @Incoming("actions")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void action(String record) {
        CloudEvent event = codec.read(record);
        if (ActionCreated.TYPE.equals(event.type())) {
            notifications.actionCreated(UUID.fromString(event.id()), codec.data(event, ActionCreated.class));
        } else {
            LOG.debugf("ignoring %s %s: not an event this service acts on", event.type(), event.id());
        }
    }
}
