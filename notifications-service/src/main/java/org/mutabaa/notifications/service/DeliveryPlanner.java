package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.domain.Recipient;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.DeliveryRepository;
import org.mutabaa.notifications.repository.WebhookRepository;
import org.mutabaa.platform.time.Now;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a notification into deliveries on the channels its recipient wants: email (held for the
 * daily digest when they chose one), their organisation's webhooks. Muted officials get none.
 * Overdue and escalation ignore mute and digest.
 */
@ApplicationScoped
public class DeliveryPlanner {

    private final Preferences preferences;
    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final Now now;

    public DeliveryPlanner(Preferences preferences, DeliveryRepository deliveries, WebhookRepository webhooks,
                           Now now) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.now = now;
    }

    /** Whether the notification shows in the in-app inbox. */
    public void plan(Notification n, EventKind kind, Recipient r) {
        n.inApp = kind.urgent() || preferences.channels(preferences.of(r.officialId()), kind).contains(Channel.IN_APP);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliveries(Notification n, EventKind kind, Recipient r) {
        Preference p = preferences.of(r.officialId());
        boolean urgent = kind.urgent();
        if (p.muted && !urgent) {
            return;
        }
        Set<Channel> channels = urgent ? Set.of(Channel.values()) : preferences.channels(p, kind);
        if (channels.contains(Channel.EMAIL) && r.email() != null && !r.email().isBlank()) {
            create(n, Channel.EMAIL, r.email(), p.digest && !urgent ? Delivery.Status.HELD : Delivery.Status.PENDING);
        }
        if (channels.contains(Channel.WEBHOOK) && r.organisationId() != null) {
            for (Webhook w : webhooks.list("organisationId = ?1 and active = true", r.organisationId())) {
                create(n, Channel.WEBHOOK, w.id.toString(), Delivery.Status.PENDING);
            }
        }
    }

    private void create(Notification n, Channel channel, String target, Delivery.Status status) {
        OffsetDateTime at = now.get();
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.notificationId = n.id;
        d.eventId = n.eventId;
        d.recipientId = n.recipientId;
        d.channel = channel;
        d.target = target;
        d.status = status;
        d.nextAttemptAt = status == Delivery.Status.PENDING ? at : null;
        d.createdAt = at;
        d.updatedAt = at;
        deliveries.persist(d);
    }
}
