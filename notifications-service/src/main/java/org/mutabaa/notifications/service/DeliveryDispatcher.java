package org.mutabaa.notifications.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.config.NotificationsConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Attempts due deliveries every {@code mutabaa.notifications.deliveries.every}, on each replica,
 * with {@code deliveries.concurrency} workers side by side: each takes the next due delivery that
 * no one else holds, one transaction per attempt, until none is due or it has made
 * {@code deliveries.batch-size} attempts in this pass. A slow receiver holds one worker, not the
 * others.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryWorker worker;
    private final NotificationsConfig config;
    private final ExecutorService workers;

    public DeliveryDispatcher(DeliveryWorker worker, NotificationsConfig config) {
        this.worker = worker;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.deliveries().concurrency(), task -> {
            Thread t = new Thread(task, "delivery-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(every = "${mutabaa.notifications.deliveries.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < config.deliveries().concurrency(); w++) {
            running.add(workers.submit(() -> {
                for (int i = 0; i < config.deliveries().batchSize() && worker.attemptNext(); i++) {
                    // one transaction per attempt
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("a delivery worker stopped its pass: %s", e.getCause().getMessage());
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
