package org.mutabaa.notifications.service.planning;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.repository.DeliveryRepository;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.notifications.repository.PreferenceRepository;
import org.mutabaa.notifications.service.Directory;
import org.mutabaa.notifications.service.rendering.MessageRenderer;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.ReadableDates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Daily digests: for an official who chose one, the email held since the last digest goes out as
 * one message in their language once their local clock passes their digest hour.
 */
@ApplicationScoped
public class Digests {

    private final PreferenceRepository preferences;
    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final Directory directory;
    private final MessageRenderer renderer;
    private final NotificationsConfig config;
    private final Now now;

    public Digests(PreferenceRepository preferences, DeliveryRepository deliveries,
                   NotificationRepository notifications, Directory directory, MessageRenderer renderer,
                   NotificationsConfig config, Now now) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.directory = directory;
        this.renderer = renderer;
        this.config = config;
        this.now = now;
    }

    @Scheduled(every = "${mutabaa.notifications.digest-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends every digest that is due now; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        for (UUID official : officialsWithDigest()) {
            if (send(official)) {
                sent++;
            }
        }
        return sent;
    }

    private List<UUID> officialsWithDigest() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                preferences.list("digest = true").stream().map(p -> p.officialId).toList());
    }

    /** One official's digest, if due: the held deliveries become one email delivery. */
    @Transactional
    public boolean send(UUID officialId) {
        Preference p = preferences.findById(officialId, LockModeType.PESSIMISTIC_WRITE);
        Official o = directory.find(officialId).orElse(null);
        if (p == null || !p.digest || o == null) {
            return false;
        }
        if (!o.active) {
            // No digest for an official who has left: what was held for them stays, marked, for the record.
            OffsetDateTime at = now.get();
            for (Delivery d : deliveries.held(officialId)) {
                d.status = Delivery.Status.DEAD;
                d.lastError = "the official is no longer active in the directory";
                d.updatedAt = at;
            }
            return false;
        }
        OffsetDateTime at = now.get();
        ZonedDateTime local = at.atZoneSameInstant(ZoneId.of(o.timeZone == null ? "UTC" : o.timeZone));
        LocalDate today = local.toLocalDate();
        if (local.getHour() < p.digestHour || (p.lastDigestOn != null && !p.lastDigestOn.isBefore(today))) {
            return false;
        }
        p.lastDigestOn = today;
        List<Delivery> held = deliveries.held(officialId);
        if (held.isEmpty()) {
            return false;
        }
        boolean ar = !"en".equals(o.preferredLanguage);
        String language = ar ? "ar" : "en";
        List<Map<String, String>> items = new ArrayList<>();
        for (Delivery d : held) {
            Notification n = notifications.findById(d.notificationId);
            items.add(Map.of("subject", n.subject, "link", n.link == null ? "" : n.link));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("recipient", new org.mutabaa.notifications.domain.Recipient(o.id, language, o.nameAr, o.nameEn,
                o.titleAr, o.titleEn, null, null, null, null, null, false).salutation());
        data.put("day", ReadableDates.forReader(language, o.countryCode, o.timeZone, p.digits).gregorian(today));
        data.put("count", items.size());
        data.put("items", items);
        MessageRenderer.Message message = renderer.render("digest", language, data);
        Delivery digest = new Delivery();
        digest.id = UUID.randomUUID();
        digest.eventId = digest.id;
        digest.recipientId = officialId;
        digest.channel = Channel.EMAIL;
        digest.target = o.email != null && !o.email.isBlank() ? o.email : held.get(0).target;
        digest.status = Delivery.Status.PENDING;
        digest.subject = message.subject();
        digest.bodyText = message.body();
        digest.bodyHtml = renderer.html(language, message.subject(), message.body(), config.consoleUrl());
        digest.digestId = digest.id;
        digest.nextAttemptAt = at;
        digest.createdAt = at;
        digest.updatedAt = at;
        deliveries.persist(digest);
        for (Delivery d : held) {
            d.status = Delivery.Status.DIGESTED;
            d.digestId = digest.id;
            d.updatedAt = at;
        }
        return true;
    }
}
