package org.mutabaa.notifications.service.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.util.UUID;
import java.util.function.Consumer;

/** An official's inbox: their notifications, newest first, how many are unread, marking them read. */
@ApplicationScoped
public class InboxService {

    private final NotificationRepository notifications;
    private final Now now;

    public InboxService(NotificationRepository notifications, Now now) {
        this.notifications = notifications;
        this.now = now;
    }

    public Notification get(UUID id) {
        return notifications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notification", id));
    }

    /** A page of the official's notifications (only the unread ones when asked). */
    public Page<Notification> inbox(UUID recipientId, boolean unreadOnly, int page, int size) {
        return Page.of(notifications.inbox(recipientId, unreadOnly), page, size);
    }

    public long unread(UUID recipientId) {
        return notifications.unread(recipientId);
    }

    /** Marks the notification read (or unread again) once {@code allowed} accepts its recipient; returns it. */
    @Transactional
    public Notification mark(UUID id, boolean read, Consumer<UUID> allowed) {
        Notification n = get(id);
        allowed.accept(n.recipientId);
        if (read && n.readAt == null) {
            n.readAt = now.get();
        } else if (!read) {
            n.readAt = null;
        }
        return n;
    }
}
