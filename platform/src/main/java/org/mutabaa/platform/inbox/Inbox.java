package org.mutabaa.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every consumer's way in, written once: each record of a poll batch is validated (a record that
 * is not a valid event of the expected producer is parked on the dead-letter topic at once), the
 * batch is deduplicated with one statement against {@code processed_event}, and the new events are
 * handled in order, all in one transaction. When that transaction fails, the batch is applied
 * again one event per transaction, so that the event at fault is parked alone and its batch-mates
 * are applied; a failure that is not the event's fault (database down) is thrown, to be retried
 * by the caller, and events already applied are then recognised as processed.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;

    public Inbox(EventCodec codec, ProcessedEvents processed, DeadLetters deadLetters) {
        this.codec = codec;
        this.processed = processed;
        this.deadLetters = deadLetters;
    }

    /** One decoded event of a batch and the record it came in. */
    record Decoded(ConsumerRecord<String, String> record, CloudEvent event, UUID id, EventCodec.Handler<?> handler) {
    }

    /**
     * Applies a poll batch of {@code channel}; events whose {@code source} is not
     * {@code expectedSource} (when given) are refused as forged, events of types without a handler
     * are skipped.
     */
    public void consume(String channel, ConsumerRecords<String, String> records, String expectedSource,
                        Map<String, EventCodec.Handler<?>> handlers) {
        List<Decoded> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent event = codec.read(record.value());
                if (expectedSource != null && !expectedSource.equals(event.source())) {
                    throw new InvalidEventException(event.type() + " " + event.id() + " comes from " + event.source()
                            + ", not from " + expectedSource + ", the only producer of this topic", null);
                }
                EventCodec.Handler<?> handler = handlers.get(event.type());
                if (handler == null) {
                    LOG.debugf("ignoring %s %s: not an event this consumer acts on", event.type(), event.id());
                    continue;
                }
                batch.add(new Decoded(record, event, UUID.fromString(event.id()), handler));
            } catch (InvalidEventException e) {
                deadLetters.park(channel, record, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyTogether(batch));
        } catch (RuntimeException together) {
            LOG.debugf("batch of %d event(s) on %s failed together (%s); applying them one by one", batch.size(),
                    channel, together.getMessage());
            for (Decoded d : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (processed.firstTime(d.id(), d.event().type())) {
                            codec.handle(d.event(), d.handler());
                        }
                    });
                } catch (RuntimeException e) {
                    InvalidEventException invalid = invalid(e);
                    if (invalid == null) {
                        throw e;
                    }
                    deadLetters.park(channel, d.record(), invalid);
                }
            }
        }
    }

    private void applyTogether(List<Decoded> batch) {
        Set<UUID> fresh = processed.firstTimes(batch.stream().map(Decoded::id).toList(),
                batch.stream().map(d -> d.event().type()).toList());
        Set<UUID> done = new HashSet<>();
        for (Decoded d : batch) {
            // an event delivered twice in one batch is applied once
            if (fresh.contains(d.id()) && done.add(d.id())) {
                codec.handle(d.event(), d.handler());
            }
        }
    }

    /** The event's own fault, however deep the cause chain carries it. */
    private static InvalidEventException invalid(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
