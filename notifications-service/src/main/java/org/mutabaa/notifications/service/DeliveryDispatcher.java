package org.mutabaa.notifications.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.config.NotificationsConfig;

/** Attempts due deliveries every {@code mutabaa.notifications.deliveries.every}, on each replica. */
@ApplicationScoped
public class DeliveryDispatcher {

    private final DeliveryWorker worker;
    private final NotificationsConfig config;

    public DeliveryDispatcher(DeliveryWorker worker, NotificationsConfig config) {
        this.worker = worker;
        this.config = config;
    }

    @Scheduled(every = "${mutabaa.notifications.deliveries.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (int i = 0; i < config.deliveries().batchSize() && worker.attemptNext(); i++) {
            // one transaction per delivery
        }
    }
}
