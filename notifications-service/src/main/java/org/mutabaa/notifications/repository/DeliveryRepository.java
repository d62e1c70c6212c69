package org.mutabaa.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.platform.persistence.Filters;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * The next delivery due by {@code now} to none of the targets {@code busy}, locked for this
     * transaction; replicas skip what another holds, so one delivery is attempted by one of them
     * at a time.
     */
    public Optional<Delivery> lockNextDue(OffsetDateTime now, Collection<String> busy) {
        @SuppressWarnings("unchecked")
        var query = getEntityManager().createNativeQuery("select * from delivery"
                        + " where status in ('PENDING', 'FAILED') and next_attempt_at <= :now"
                        + (busy.isEmpty() ? "" : " and target not in (:busy)")
                        + " order by next_attempt_at, id limit 1 for update skip locked", Delivery.class)
                .setParameter("now", now);
        if (!busy.isEmpty()) {
            query.setParameter("busy", busy);
        }
        List<Delivery> due = query.getResultList();
        return due.stream().findFirst();
    }

    public List<Delivery> held(UUID recipientId) {
        return list("recipientId = ?1 and status = ?2", Sort.by("createdAt").and("id"), recipientId,
                Delivery.Status.HELD);
    }

    public PanacheQuery<Delivery> search(Delivery.Status status, Channel channel, UUID recipientId, UUID eventId) {
        return Filters.where()
                .and("status = :status", "status", status)
                .and("channel = :channel", "channel", channel)
                .and("recipientId = :recipient", "recipient", recipientId)
                .and("eventId = :event", "event", eventId)
                .find(this, Sort.descending("createdAt").and("id", Sort.Direction.Descending));
    }
}
