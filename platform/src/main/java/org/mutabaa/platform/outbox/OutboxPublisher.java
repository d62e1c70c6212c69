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
import java.util.ArrayList;
import java.util.List;
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

    /** Publishes up to one batch; returns how many rows it published. */
    @Transactional
    public int publishBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        // Read-only: marking the rows published below is one statement, not a rewrite of each row.
        List<OutboxEvent> rows = em.createQuery(
                        "from OutboxEvent where publishedAt is null order by seq", OutboxEvent.class)
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
        em.createQuery("update OutboxEvent set publishedAt = :now where seq in :seqs")
                .setParameter("now", Timestamps.now())
                .setParameter("seqs", rows.stream().map(row -> row.seq).toList())
                .executeUpdate();
        for (OutboxEvent row : rows) {
            metrics.published(row.type);
        }
        return rows.size();
    }

    /** Deletes events published longer ago than the retention; returns how many. */
    @Transactional
    public int prune() {
        return em.createQuery("delete from OutboxEvent where publishedAt < :before")
                .setParameter("before", Timestamps.now().minus(config.retention()))
                .executeUpdate();
    }

    private void awaitAll(List<CompletableFuture<Void>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused an outbox event: " + e.getCause().getMessage(), e.getCause());
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
