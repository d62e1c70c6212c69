package org.mutabaa.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.mutabaa.platform.persistence.Timestamps;
import org.mutabaa.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Events the broker refused for good: listed for an administrator, who sends one again (after
 * raising the broker's limit, say) or gives up on it; either lets the later events of its key go.
 */
@ApplicationScoped
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class ParkedEvents {

    /** A parked event as an administrator sees it; {@code waiting} counts later events of its key held behind it. */
    public record Parked(UUID eventId, String type, String key, long sizeBytes, OffsetDateTime createdAt,
                         OffsetDateTime parkedAt, String reason, long waiting) {
    }

    private final EntityManager em;

    public ParkedEvents(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<Parked> list() {
        return em.createQuery("""
                        from OutboxEvent where parkedAt is not null and publishedAt is null and discardedAt is null
                        order by seq""", OutboxEvent.class).getResultList().stream().map(this::view).toList();
    }

    /** Sends the event again on the relay's next pass. */
    @Transactional
    public Parked retry(UUID eventId) {
        OutboxEvent row = parked(eventId);
        Parked view = view(row);
        row.parkedAt = null;
        row.parkReason = null;
        return view;
    }

    /** Gives up on the event: it stays in the outbox, marked, and the later events of its key go. */
    @Transactional
    public Parked discard(UUID eventId) {
        OutboxEvent row = parked(eventId);
        row.discardedAt = Timestamps.now();
        return view(row);
    }

    private OutboxEvent parked(UUID eventId) {
        List<OutboxEvent> rows = em.createQuery("""
                        from OutboxEvent where eventId = :id and parkedAt is not null and publishedAt is null
                        and discardedAt is null""", OutboxEvent.class).setParameter("id", eventId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("parked event", eventId);
        }
        return rows.get(0);
    }

    private Parked view(OutboxEvent row) {
        long waiting = em.createQuery("""
                        select count(*) from OutboxEvent where key = :key and seq > :seq and publishedAt is null
                        and discardedAt is null""", Long.class)
                .setParameter("key", row.key).setParameter("seq", row.seq).getSingleResult();
        return new Parked(row.eventId, row.type, row.key, row.payload.getBytes(StandardCharsets.UTF_8).length,
                row.createdAt, row.parkedAt, row.parkReason, waiting);
    }
}
