package org.mutabaa.notifications.service.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.config.NotificationsConfig;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Attempts due deliveries on each replica with {@code deliveries.concurrency} workers side by side.
 * Every {@code mutabaa.notifications.deliveries.every} each idle worker starts a pass: it takes the
 * next due delivery that no one else holds, one transaction per attempt, until none is due or it
 * has made {@code deliveries.batch-size} attempts. Workers do not wait for each other: a receiver
 * that takes its whole deadline holds the worker attempting it, not the others, and at most
 * {@code deliveries.per-target} workers attempt deliveries to one webhook at a time.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryWorker worker;
    private final NotificationsConfig config;
    private final ExecutorService workers;
    private final AtomicInteger busy = new AtomicInteger();

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
    void dispatch() {
        while (true) {
            int now = busy.get();
            if (now >= config.deliveries().concurrency()) {
                return;
            }
            if (busy.compareAndSet(now, now + 1)) {
                try {
                    workers.execute(this::pass);
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    busy.decrementAndGet();
                    return;
                }
            }
        }
    }

    private void pass() {
        try {
            for (int i = 0; i < config.deliveries().batchSize() && worker.attemptNext(); i++) {
                // one transaction per attempt
            }
        } catch (RuntimeException e) {
            LOG.warnf("a delivery worker stopped its pass: %s", e.getMessage());
        } finally {
            busy.decrementAndGet();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
