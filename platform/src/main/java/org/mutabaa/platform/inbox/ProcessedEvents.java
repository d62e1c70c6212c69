package org.mutabaa.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The consumer side of exactly-once effects: an event id is recorded in the same transaction as
 * the work it causes, so a redelivered event is recognised and changes nothing twice. Needs the
 * {@code processed_event} table in the service's schema.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event; returns false when it was processed before. A concurrent duplicate
     * waits for the first transaction and then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId, String type) {
        int inserted = em.createNativeQuery("insert into processed_event (event_id, event_type, processed_at) "
                        + "values (?1, ?2, now()) on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .executeUpdate();
        return inserted == 1;
    }
}
