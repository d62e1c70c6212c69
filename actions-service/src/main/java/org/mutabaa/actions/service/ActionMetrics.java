package org.mutabaa.actions.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mutabaa.actions.domain.Action;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The follow-up for Prometheus: {@code mutabaa_actions_by_status{status}} (actions in each status, read
 * from the database at each scrape) and {@code mutabaa_actions_created_total}.
 */
@ApplicationScoped
public class ActionMetrics {

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;

    public ActionMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup) {
        for (Action.Status status : Action.Status.values()) {
            Gauge.builder("mutabaa.actions.by.status", this, m -> m.count(status)).tag("status", status.name())
                    .description("Actions in this status").register(registry);
        }
    }

    void created() {
        registry.counter("mutabaa.actions.created").increment();
    }

    private double count(Action.Status status) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from action where status = ?")) {
            s.setString(1, status.name());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
