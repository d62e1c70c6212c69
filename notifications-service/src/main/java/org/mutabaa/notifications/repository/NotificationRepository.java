package org.mutabaa.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.domain.Notification;

import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** An official's inbox, newest first. */
    public PanacheQuery<Notification> inbox(UUID recipientId, boolean unreadOnly) {
        Sort sort = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return unreadOnly
                ? find("recipientId = ?1 and inApp = true and readAt is null", sort, recipientId)
                : find("recipientId = ?1 and inApp = true", sort, recipientId);
    }

    public long unread(UUID recipientId) {
        return count("recipientId = ?1 and inApp = true and readAt is null", recipientId);
    }

    /** In-app notifications stored after {@code seq}, oldest first. */
    public java.util.List<Notification> after(long seq, int limit) {
        return find("seq > ?1 and inApp = true", Sort.by("seq"), seq).page(0, limit).list();
    }

    public long lastSeq() {
        Long last = getEntityManager().createQuery("select max(n.seq) from Notification n", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
