package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.actions.service.DecisionFollowUp;
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
    private final Map<String, EventCodec.Handler<?>> handlers;

    public DecisionsConsumer(EventCodec codec, DecisionFollowUp followUp) {
        this.codec = codec;
        this.handlers = Map.of(
                DecisionData.ADOPTED, EventCodec.Handler.of(DecisionData.class, followUp::adopted),
                DecisionData.AMENDED, EventCodec.Handler.of(DecisionData.class, followUp::amended),
                DecisionData.REVOKED, EventCodec.Handler.of(DecisionData.class, followUp::revoked));
    }

    @Incoming("decisions")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void consume(String record) {
        codec.dispatch(record, OfficialsConsumer.MEETINGS, handlers);
    }
}
