package org.mutabaa.actions.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.platform.metrics.QueryGauges;

/**
 * The follow-up for Prometheus: {@code mutabaa_actions_by_status{status}} (actions in each status, one
 * grouped query per scrape) and {@code mutabaa_actions_created_total}.
 */
@ApplicationScoped
public class ActionMetrics {

    private final MeterRegistry registry;
    private final QueryGauges byStatus;

    public ActionMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.byStatus = new QueryGauges(dataSource, "select status, count(*) from action group by status");
    }

    void register(@Observes StartupEvent startup) {
        for (Action.Status status : Action.Status.values()) {
            byStatus.gauge("mutabaa.actions.by.status", status.name()).tag("status", status.name())
                    .description("Actions in this status").register(registry);
        }
    }

    public void created() {
        registry.counter("mutabaa.actions.created").increment();
    }
}
