package org.mutabaa.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.persistence.Timestamps;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/** Appends events to the outbox inside the caller's transaction. */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxEvent, Long> {

    private final EventCodec codec;
    private final Event<OutboxAppended> appended;
    private final OutboxConfig config;

    public Outbox(EventCodec codec, Event<OutboxAppended> appended, OutboxConfig config) {
        this.codec = codec;
        this.appended = appended;
        this.config = config;
    }

    /** Must run inside the transaction that changes the state the event describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String channel, String key, CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.channel = channel;
        row.key = key;
        row.type = event.type();
        row.payload = codec.write(event);
        // A char is at most 3 bytes of UTF-8: only an event that could be over the budget is measured.
        long budget = config.maxEventSize().asLongValue();
        if (row.payload.length() * 3L > budget) {
            long size = row.payload.getBytes(StandardCharsets.UTF_8).length;
            if (size > budget) {
                throw tooLarge(event, size);
            }
        }
        row.traceParent = event.traceparent();
        row.createdAt = Timestamps.now();
        persist(row);
        appended.fire(new OutboxAppended(channel));
        return event;
    }

    /**
     * The 413 for an event over the budget, naming the field that weighs most: the largest member
     * of the event's data, followed down through objects (an amendment's before and after) to a
     * text or a list, whose name is the request's field of the same name.
     */
    private EventTooLargeException tooLarge(CloudEvent event, long size) {
        String type = event.type();
        JsonNode node = event.data();
        String field = "body";
        while (node.isObject() && node.size() > 0) {
            Map.Entry<String, JsonNode> largest = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (largest == null || member.getValue().toString().length() > largest.getValue().toString().length()) {
                    largest = member;
                }
            }
            field = largest.getKey();
            node = largest.getValue();
        }
        String message = "makes the event this change publishes (" + type + ") " + kib(size) + " KiB, more than the "
                + kib(config.maxEventSize().asLongValue()) + " KiB an event may carry; shorten it";
        return new EventTooLargeException(field, message);
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
