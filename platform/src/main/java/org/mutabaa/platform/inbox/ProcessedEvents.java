package org.mutabaa.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Records a batch of events with one statement; returns the ids not processed before (an id
     * given twice is returned once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstTimes(List<UUID> eventIds, List<String> types) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> fresh = new HashSet<>();
            try (PreparedStatement s = connection.prepareStatement("insert into processed_event "
                    + "(event_id, event_type, processed_at) select id, type, now() from unnest(?, ?) as e(id, type) "
                    + "on conflict (event_id) do nothing returning event_id")) {
                Array ids = connection.createArrayOf("uuid", eventIds.toArray());
                Array kinds = connection.createArrayOf("text", types.toArray());
                s.setArray(1, ids);
                s.setArray(2, kinds);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return fresh;
        });
    }
}
