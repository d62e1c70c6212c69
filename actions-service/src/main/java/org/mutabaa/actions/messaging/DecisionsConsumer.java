package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.mutabaa.actions.service.ActionService;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Reads {@code meetings.decisions}. A record that is not a valid event goes straight to the
 * dead-letter topic; a failure of our own (database down) is retried before it does.
 */
@ApplicationScoped
public class DecisionsConsumer {

    private static final Logger LOG = Logger.getLogger(DecisionsConsumer.class);

    private final EventCodec codec;
    private final ActionService actions;

    public DecisionsConsumer(EventCodec codec, ActionService actions) {
        this.codec = codec;
        this.actions = actions;
    }

    @Incoming("decisions")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void consume(String record) {
        CloudEvent event = codec.read(record);
        switch (event.type()) {
            case DecisionAdopted.TYPE ->
                    actions.createForDecision(UUID.fromString(event.id()), codec.data(event, DecisionAdopted.class));
            default -> LOG.debugf("ignoring %s %s: not an event this service acts on", event.type(), event.id());
        }
    }
}
