package org.mutabaa.platform.outbox;

/** Fired when a transaction appended to the outbox; observed after commit to wake the relay. */
public record OutboxAppended(String channel) {
}
