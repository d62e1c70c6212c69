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
                ? find("recipientId = ?1 and readAt is null", sort, recipientId)
                : find("recipientId", sort, recipientId);
    }
}
