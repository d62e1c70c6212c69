package org.mutabaa.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes. {@code seq} orders publication; {@code channel} is the logical destination mapped to
 * a topic in configuration ({@code mutabaa.outbox.topics.<channel>}).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String channel;

    @Column(name = "record_key", nullable = false)
    public String key;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** When the broker refused the event for good (null while it has not). */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    /** What the broker answered when it refused the event. */
    @Column(name = "park_reason", columnDefinition = "text")
    public String parkReason;

    /** When an administrator gave up on a parked event (it stays, marked, for the record). */
    @Column(name = "discarded_at")
    public OffsetDateTime discardedAt;

    /** The event's {@code traceparent}, copied from it: the relay publishes within that trace. */
    @Column(name = "trace_parent")
    public String traceParent;
}
