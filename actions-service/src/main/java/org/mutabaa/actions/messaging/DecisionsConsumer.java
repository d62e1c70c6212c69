package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.actions.events.DecisionData;
import org.mutabaa.actions.service.followup.DecisionFollowUp;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.inbox.Inbox;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Reads {@code meetings.decisions} a poll batch at a time through the {@link Inbox}: a record that
 * is not a valid event goes straight to the dead-letter topic, its batch-mates are applied; a
 * failure of our own (database down) is retried.
 */
@ApplicationScoped
public class DecisionsConsumer {

    private final Inbox inbox;
    private final Map<String, EventCodec.Handler<?>> handlers;

    public DecisionsConsumer(Inbox inbox, DecisionFollowUp followUp) {
        this.inbox = inbox;
        this.handlers = Map.of(
                DecisionData.ADOPTED, EventCodec.Handler.of(DecisionData.class, followUp::adopted),
                DecisionData.AMENDED, EventCodec.Handler.of(DecisionData.class, followUp::amended),
                DecisionData.REVOKED, EventCodec.Handler.of(DecisionData.class, followUp::revoked));
    }

    @Incoming("decisions")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200)
    public void consume(ConsumerRecords<String, String> records) {
        inbox.consume("decisions", records, OfficialsConsumer.MEETINGS, handlers);
    }
}
