package org.mutabaa.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mutabaa.platform.metrics.QueryGauges;

/**
 * The outbox as Prometheus sees it: {@code mutabaa_outbox_backlog} (events stored, not yet on
 * Kafka) and {@code mutabaa_outbox_oldest_age_seconds} (how long the oldest has waited), one query
 * per scrape; {@code mutabaa_outbox_parked} (events the broker refused for good, waiting for an
 * administrator); and {@code mutabaa_events_published_total} and {@code mutabaa_events_parked_total}
 * by event type.
 */
@ApplicationScoped
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final QueryGauges outbox;

    public OutboxMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.outbox = new QueryGauges(dataSource, """
                select 'backlog', count(*) from outbox_event
                 where published_at is null and parked_at is null and discarded_at is null
                union all
                select 'oldest', coalesce(extract(epoch from now() - min(created_at)), 0)
                  from outbox_event where published_at is null and parked_at is null and discarded_at is null
                union all
                select 'parked', count(*) from outbox_event
                 where parked_at is not null and published_at is null and discarded_at is null""");
    }

    void register(@Observes StartupEvent startup) {
        outbox.gauge("mutabaa.outbox.backlog", "backlog")
                .description("Events stored in the outbox and not yet published").register(registry);
        outbox.gauge("mutabaa.outbox.oldest.age", "oldest").baseUnit("seconds")
                .description("How long the oldest unpublished event has waited").register(registry);
        outbox.gauge("mutabaa.outbox.parked", "parked")
                .description("Events the broker refused for good, waiting for an administrator").register(registry);
    }

    /** Counts one event of this type the broker refused for good. */
    void parked(String type) {
        registry.counter("mutabaa.events.parked", "type", type).increment();
    }

    /** Counts one published event of this type. */
    void published(String type) {
        registry.counter("mutabaa.events.published", "type", type).increment();
    }
}
