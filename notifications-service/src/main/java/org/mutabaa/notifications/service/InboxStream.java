package org.mutabaa.notifications.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.repository.NotificationRepository;

import java.util.List;
import java.util.UUID;
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

    public InboxStream(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * New in-app notifications of the official, from now on. Several can be stored in one poll while
     * the connection still writes the first: they wait in a buffer of their own (a broadcast fails a
     * subscriber that has not asked for more, which closed the stream).
     */
    public Multi<Notification> of(UUID recipientId) {
        return stored.filter(n -> recipientId.equals(n.recipientId)).onOverflow().buffer(BUFFER);
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
