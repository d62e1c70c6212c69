package org.mutabaa.notifications.service.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.domain.Recipient;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.DeliveryRepository;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.notifications.repository.WebhookRepository;
import org.mutabaa.notifications.service.Directory;
import org.mutabaa.notifications.service.Preferences;
import org.mutabaa.notifications.service.delivery.DeliveryWorker;
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
    private final NotificationRepository notifications;
    private final Directory directory;
    private final Now now;
    private final PlanningMemo memo;

    public DeliveryPlanner(Preferences preferences, DeliveryRepository deliveries, WebhookRepository webhooks,
                           NotificationRepository notifications, Directory directory, Now now, PlanningMemo memo) {
        this.memo = memo;
        this.directory = directory;
        this.preferences = preferences;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.now = now;
    }

    /** The official's preferences (or the defaults), read once per transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Preference preference(UUID officialId) {
        return memo.preference(officialId, preferences::of);
    }

    /**
     * Stores the notification, shown in the in-app inbox when its recipient wants it there, and
     * its deliveries on the other channels, reading the recipient's preferences once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Notification n, EventKind kind, Recipient r) {
        if (r.byAddress()) {
            // Someone outside the directory: no inbox and no preferences; a mail, and the organisation's webhooks.
            n.inApp = false;
            notifications.persist(n);
            create(n, Channel.EMAIL, r.email(), Delivery.Status.PENDING);
            webhooks(n, r);
            return;
        }
        Preference p = memo.preference(r.officialId(), preferences::of);
        boolean urgent = kind.urgent();
        Set<Channel> channels = urgent ? Set.of(Channel.values()) : preferences.channels(p, kind);
        n.inApp = channels.contains(Channel.IN_APP);
        notifications.persist(n);
        if (p.muted && !urgent) {
            return;
        }
        String address = emailTarget(r);
        if (channels.contains(Channel.EMAIL) && address != null) {
            create(n, Channel.EMAIL, address, p.digest && !kind.neverDigested() ? Delivery.Status.HELD
                    : Delivery.Status.PENDING);
        }
        if (channels.contains(Channel.WEBHOOK)) {
            webhooks(n, r);
        }
    }

    /** A delivery to each active webhook of the recipient's organisation. */
    private void webhooks(Notification n, Recipient r) {
        if (r.organisationId() == null) {
            return;
        }
        for (Webhook w : memo.webhooks(r.organisationId(),
                organisation -> webhooks.list("organisationId = ?1 and active = true", organisation))) {
            create(n, Channel.WEBHOOK, w.id.toString(), Delivery.Status.PENDING);
        }
    }

    /**
     * Where to mail: the address the directory gave; for an official the directory has not told
     * us of yet (their record may still be on its way), a reference the sender resolves when it
     * attempts the delivery; nothing for an active official known to have no address. The
     * directory is read again here: a record that arrived since the recipient was looked up
     * brings its address with it, rather than being taken for one without.
     */
    private String emailTarget(Recipient r) {
        if (r.email() != null && !r.email().isBlank()) {
            return r.email();
        }
        Official known = directory.find(r.officialId()).orElse(null);
        if (known == null) {
            return DeliveryWorker.UNRESOLVED + r.officialId();
        }
        return known.active && known.email != null && !known.email.isBlank() ? known.email : null;
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
