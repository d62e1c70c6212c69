package org.mutabaa.notifications.service.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live inbox: notifications stored (by any replica) are read back in order from the database
 * every {@code mutabaa.notifications.stream-every} and pushed to the officials connected here.
 */
@ApplicationScoped
public class InboxStream {

    private final NotificationRepository notifications;
    private final BroadcastProcessor<Notification> stored = BroadcastProcessor.create();
    private final AtomicLong last = new AtomicLong(-1);
    /** How many notifications one connection may fall behind before it is closed (the console reconnects). */
    static final int BUFFER = 1_000;

    private final NotificationsConfig config;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<UUID, Integer> byOfficial = new ConcurrentHashMap<>();

    public InboxStream(NotificationRepository notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    /**
     * New in-app notifications of the official, from now on. Several can be stored in one poll while
     * the connection still writes the first: they wait in a buffer of their own (a broadcast fails a
     * subscriber that has not asked for more, which closed the stream).
     */
    public Multi<Notification> of(UUID recipientId) {
        return stored.filter(n -> recipientId.equals(n.recipientId)).onOverflow().buffer(BUFFER);
    }

    /**
     * A stream for the official, open until {@code until} (when the token that opened it expires;
     * the console reconnects with a fresh one) or until the client leaves. A 429 problem when the
     * official already holds {@code streams.per-official} streams, or this replica {@code streams.total}.
     */
    public Multi<Notification> open(UUID recipientId, Instant until) {
        Duration left = Duration.between(Instant.now(), until);
        if (left.isNegative() || left.isZero()) {
            throw new ProblemException(401, "Unauthorized", "the token has expired", List.of());
        }
        if (open.incrementAndGet() > config.streams().total()) {
            open.decrementAndGet();
            throw tooMany("this service holds as many live streams as it may (" + config.streams().total() + ")");
        }
        if (byOfficial.merge(recipientId, 1, Integer::sum) > config.streams().perOfficial()) {
            release(recipientId);
            throw tooMany("official " + recipientId + " already holds " + config.streams().perOfficial()
                    + " live streams; close one (another tab or device) first");
        }
        return of(recipientId).select().first(left).onTermination().invoke(() -> release(recipientId));
    }

    private void release(UUID recipientId) {
        open.decrementAndGet();
        byOfficial.computeIfPresent(recipientId, (id, n) -> n <= 1 ? null : n - 1);
    }

    private static ProblemException tooMany(String detail) {
        return new ProblemException(429, "Too Many Requests", detail, List.of());
    }

    /** Streams open now, for an official and in all (for tests and metrics). */
    public int openStreams(UUID recipientId) {
        return byOfficial.getOrDefault(recipientId, 0);
    }

    @Scheduled(every = "${mutabaa.notifications.stream-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void poll() {
        if (last.get() < 0) {
            last.set(notifications.lastSeq());
            return;
        }
        List<Notification> fresh = notifications.after(last.get(), 500);
        for (Notification n : fresh) {
            stored.onNext(n);
            last.set(n.seq);
        }
    }
}
