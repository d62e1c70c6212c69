package org.mutabaa.notifications.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.repository.DeliveryRepository;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.util.UUID;

/** The delivery log, and the secretariat's retry of a delivery that failed or died. */
@ApplicationScoped
public class Deliveries {

    private final DeliveryRepository deliveries;
    private final Now now;

    public Deliveries(DeliveryRepository deliveries, Now now) {
        this.deliveries = deliveries;
        this.now = now;
    }

    public Delivery get(UUID id) {
        return deliveries.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("delivery", id));
    }

    /** A page of the deliveries of the status, channel, recipient and event given (any where null). */
    public Page<Delivery> search(Delivery.Status status, Channel channel, UUID recipientId, UUID eventId, int page,
                                 int size) {
        return Page.of(deliveries.search(status, channel, recipientId, eventId), page, size);
    }

    /** Puts a dead or failed delivery back in line now, with a fresh count of attempts. */
    @Transactional
    public Delivery retry(UUID id) {
        Delivery d = get(id);
        if (d.status != Delivery.Status.DEAD && d.status != Delivery.Status.FAILED) {
            throw ProblemException.conflict("only a FAILED or DEAD delivery can be retried; this one is " + d.status);
        }
        d.status = Delivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now.get();
        d.updatedAt = d.nextAttemptAt;
        return d;
    }
}
