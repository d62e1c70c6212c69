package org.mutabaa.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the outbox publisher on its own thread: right after every commit that appended to the
 * outbox, and every {@code mutabaa.outbox.poll-interval} in case a wake-up was missed (another
 * replica's rows, a restart). A crash after the commit of the state change and before
 * publication loses nothing: the row is still unpublished and goes out on the next pass. A
 * crash after publication and before marking may publish a row twice, which consumers absorb
 * through the event id. On shutdown the pass in progress finishes first.
 */
@ApplicationScoped
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(OutboxPublisher publisher, OutboxConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.publish()) {
            LOG.warn("mutabaa.outbox.publish=false: events stay in the outbox until a replica publishes them");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUps.release();
        if (thread != null) {
            thread.join(config.sendTimeout().toMillis() + 5_000);
        }
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        long lastPrune = System.nanoTime();
        while (running) {
            try {
                while (running && publisher.publishBatch() == config.batchSize()) {
                    // a full batch: more is likely waiting
                }
                backoff = config.pollInterval();
                if (System.nanoTime() - lastPrune > PRUNE_EVERY.toNanos()) {
                    lastPrune = System.nanoTime();
                    int pruned = publisher.prune();
                    if (pruned > 0) {
                        LOG.debugf("outbox: %d published event(s) past their retention deleted", pruned);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay pass failed, retrying in %s: %s", backoff, e.getMessage());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            try {
                if (wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
