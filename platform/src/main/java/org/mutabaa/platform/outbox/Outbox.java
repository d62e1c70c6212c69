package org.mutabaa.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.persistence.Timestamps;

import java.util.UUID;

/** Appends events to the outbox inside the caller's transaction. */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxEvent, Long> {

    private final EventCodec codec;
    private final Event<OutboxAppended> appended;

    public Outbox(EventCodec codec, Event<OutboxAppended> appended) {
        this.codec = codec;
        this.appended = appended;
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
        row.traceParent = event.traceparent();
        row.createdAt = Timestamps.now();
        persist(row);
        appended.fire(new OutboxAppended(channel));
        return event;
    }
}
