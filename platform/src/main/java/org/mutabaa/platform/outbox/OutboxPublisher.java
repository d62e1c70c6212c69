package org.mutabaa.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.hibernate.jpa.HibernateHints;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.tracing.Traces;
import org.mutabaa.platform.persistence.Timestamps;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes one batch of outbox rows in commit order and marks them published once the broker
 * acknowledged every one. Only one replica publishes at a time (a transaction-scoped advisory
 * lock), so per-key order holds with several replicas running.
 */
@ApplicationScoped
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxPublisher {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(OutboxPublisher.class);

    /** Advisory lock id shared by every replica of a service. */
    private static final long LOCK_ID = 0x6d75746162616121L;

    private final EntityManager em;
    private final OutboxConfig config;
    private final Emitter<String> emitter;
    private final OutboxMetrics metrics;

    public OutboxPublisher(EntityManager em, OutboxConfig config, @Channel("outbox") Emitter<String> emitter,
                           OutboxMetrics metrics) {
        this.em = em;
        this.config = config;
        this.emitter = emitter;
        this.metrics = metrics;
    }

    /**
     * Publishes up to one batch; returns how many rows it handled (published or parked). An event
     * the broker refuses for good (too large, invalid, not allowed) is parked and the rest of the
     * batch is marked published; a refusal that may pass later (the broker unreachable, a timeout)
     * fails the pass, and the whole batch is sent again. Events whose key has a parked event
     * before them are held back until an administrator retries or discards it, so that no consumer
     * sees an event of a key without the ones before it.
     */
    @Transactional
    public int publishBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        // Read-only: marking the rows published below is one statement, not a rewrite of each row.
        List<OutboxEvent> rows = em.createQuery("""
                        from OutboxEvent e
                        where e.publishedAt is null and e.parkedAt is null and e.discardedAt is null
                          and not exists (from OutboxEvent p where p.key = e.key and p.seq < e.seq
                              and p.parkedAt is not null and p.publishedAt is null and p.discardedAt is null)
                        order by e.seq""", OutboxEvent.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // The broker's acknowledgements arrive on the producer's thread; they complete plain futures,
        // so that this thread's transaction is never carried over to that one (a transaction
        // active on two threads cannot commit).
        List<CompletableFuture<Void>> sends = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            CompletableFuture<Void> acked = new CompletableFuture<>();
            emitter.send(toMessage(row, acked));
            sends.add(acked);
        }
        awaitAll(sends);
        List<OutboxEvent> published = new ArrayList<>(rows.size());
        Map<OutboxEvent, Throwable> refused = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Throwable failure = sends.get(i).handle((ok, e) -> e).join();
            if (failure == null) {
                published.add(rows.get(i));
            } else if (forGood(failure)) {
                refused.put(rows.get(i), failure);
            } else {
                throw new IllegalStateException("the broker did not take an outbox event: " + reason(failure), failure);
            }
        }
        OffsetDateTime now = Timestamps.now();
        if (!published.isEmpty()) {
            em.createQuery("update OutboxEvent set publishedAt = :now where seq in :seqs")
                    .setParameter("now", now).setParameter("seqs", published.stream().map(row -> row.seq).toList())
                    .executeUpdate();
            published.forEach(row -> metrics.published(row.type));
        }
        refused.forEach((row, failure) -> {
            String why = reason(failure);
            em.createQuery("update OutboxEvent set parkedAt = :now, parkReason = :why where seq = :seq")
                    .setParameter("now", now).setParameter("why", why).setParameter("seq", row.seq).executeUpdate();
            metrics.parked(row.type);
            LOG.errorf("outbox: event %s (%s, key %s) parked, the broker refused it: %s; later events of its key wait"
                    + " until an administrator retries or discards it (POST /outbox/parked/%s/retry or /discard)",
                    row.eventId, row.type, row.key, why, row.eventId);
        });
        return rows.size();
    }

    /** Whether the broker will refuse the event again, however often it is sent as it is. */
    static boolean forGood(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException) {
                return false;
            }
            if (t instanceof org.apache.kafka.common.errors.ApiException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** Deletes events published longer ago than the retention; returns how many. */
    @Transactional
    public int prune() {
        return em.createQuery("delete from OutboxEvent where publishedAt < :before")
                .setParameter("before", Timestamps.now().minus(config.retention()))
                .executeUpdate();
    }

    /** Waits until the broker has answered every send, taken or refused. */
    private void awaitAll(List<CompletableFuture<Void>> sends) {
        try {
            CompletableFuture.allOf(sends.stream().map(f -> f.handle((ok, e) -> null)).toArray(CompletableFuture[]::new))
                    .get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing the outbox failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the outbox batch within " + config.sendTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the outbox", e);
        }
    }

    private Message<String> toMessage(OutboxEvent row, CompletableFuture<Void> acked) {
        String topic = config.topics().get(row.channel);
        if (topic == null) {
            throw new IllegalStateException("no topic configured for outbox channel '" + row.channel
                    + "' (mutabaa.outbox.topics." + row.channel + ")");
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
        // The Kafka producer span (and the traceparent header it writes) continues the event's trace,
        // not the relay thread's.
        return Message.of(row.payload)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                })
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(row.key)
                .withHeaders(headers)
                .build())
                .addMetadata(TracingMetadata.withCurrent(Traces.context(row.traceParent)));
    }
}
