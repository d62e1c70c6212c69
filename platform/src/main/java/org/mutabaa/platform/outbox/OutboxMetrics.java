package org.mutabaa.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox as Prometheus sees it: {@code mutabaa_outbox_backlog} (events stored, not yet on
 * Kafka) and {@code mutabaa_outbox_oldest_age_seconds} (how long the oldest has waited), read
 * from the database at each scrape; and {@code mutabaa_events_published_total} by event type.
 */
@ApplicationScoped
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;

    public OutboxMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("mutabaa.outbox.backlog", this, m -> m.read(0))
                .description("Events stored in the outbox and not yet published").register(registry);
        Gauge.builder("mutabaa.outbox.oldest.age", this, m -> m.read(1)).baseUnit("seconds")
                .description("How long the oldest unpublished event has waited").register(registry);
    }

    /** Counts one published event of this type. */
    void published(String type) {
        registry.counter("mutabaa.events.published", "type", type).increment();
    }

    private double read(int column) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                     + " from outbox_event where published_at is null")) {
            r.next();
            return r.getDouble(column + 1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
