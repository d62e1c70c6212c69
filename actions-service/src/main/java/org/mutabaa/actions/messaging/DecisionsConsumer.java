package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.actions.service.ActionService;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Reads {@code meetings.decisions}. A record that is not a valid event goes straight to the
 * dead-letter topic; a failure of our own (database down) is retried before it does.
 */
@ApplicationScoped
public class DecisionsConsumer {

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
        codec.dispatch(record, Map.of(DecisionAdopted.TYPE,
                EventCodec.Handler.of(DecisionAdopted.class, actions::createForDecision)));
    }
}
