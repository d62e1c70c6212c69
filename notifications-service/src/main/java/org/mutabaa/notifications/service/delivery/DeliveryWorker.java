package org.mutabaa.notifications.service.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.DeliveryRepository;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.notifications.repository.WebhookRepository;
import org.mutabaa.notifications.service.Directory;
import org.mutabaa.notifications.service.rendering.MessageRenderer;
import org.mutabaa.platform.time.Now;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Attempts one due delivery in its own transaction, holding its row so no other replica attempts
 * it at the same time: sent, or failed with the error and the next attempt after an exponential
 * backoff, or dead after the last attempt (or at once when no attempt can succeed: an official
 * without an email address, a webhook no longer registered).
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** Prefix of an email target whose address is looked up in the directory at send time. */
    public static final String UNRESOLVED = "official:";

    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final WebhookRepository webhooks;
    private final Directory directory;
    private final MessageRenderer renderer;
    private final EmailSender email;
    private final WebhookSender webhook;
    private final NotificationsConfig config;
    private final ObjectMapper json;
    private final Now now;
    private final MeterRegistry metrics;
    private final WebhookSecrets secrets;
    /** Webhook attempts under way on this replica, by webhook. */
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public DeliveryWorker(DeliveryRepository deliveries, NotificationRepository notifications,
                          WebhookRepository webhooks, Directory directory, MessageRenderer renderer, EmailSender email,
                          WebhookSender webhook, NotificationsConfig config, ObjectMapper json, Now now,
                          MeterRegistry metrics, WebhookSecrets secrets) {
        this.metrics = metrics;
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.directory = directory;
        this.renderer = renderer;
        this.email = email;
        this.webhook = webhook;
        this.config = config;
        this.json = json;
        this.now = now;
    }

    /** {@code mutabaa_deliveries_total{channel, outcome}}: sent, failed (will retry) or dead. */
    private void count(Delivery d, String outcome) {
        metrics.counter("mutabaa.deliveries", "channel", d.channel.name(), "outcome", outcome).increment();
    }

    /**
     * Attempts the next due delivery, passing over webhooks {@code deliveries.per-target} workers
     * are already attempting; false when none is due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean attemptNext() {
        OffsetDateTime at = now.get();
        Delivery d = deliveries.lockNextDue(at, busyTargets()).orElse(null);
        if (d == null) {
            return false;
        }
        if (d.channel != Channel.WEBHOOK) {
            // Mail goes to our own relay, whoever it is for: it is not a receiver to be wary of.
            attempt(d, at);
            return true;
        }
        String target = d.target;
        if (inFlight.merge(target, 1, Integer::sum) > config.deliveries().perTarget()) {
            // Another worker took this webhook meanwhile; the row is let go untouched.
            release(target);
            return true;
        }
        try {
            attempt(d, at);
        } finally {
            release(target);
        }
        return true;
    }

    /** Webhooks as many workers as allowed are attempting now. */
    private Set<String> busyTargets() {
        Set<String> busy = new HashSet<>();
        inFlight.forEach((target, n) -> {
            if (n >= config.deliveries().perTarget()) {
                busy.add(target);
            }
        });
        return busy;
    }

    private void release(String target) {
        inFlight.computeIfPresent(target, (t, n) -> n == 1 ? null : n - 1);
    }

    private void attempt(Delivery d, OffsetDateTime at) {
        d.attempts++;
        d.updatedAt = at;
        try {
            send(d, at);
            d.status = Delivery.Status.SENT;
            d.sentAt = at;
            d.nextAttemptAt = null;
            d.lastError = null;
            count(d, "sent");
        } catch (Exception e) {
            d.lastError = describe(e);
            if (e instanceof Hopeless || d.attempts >= config.deliveries().maxAttempts()) {
                d.status = Delivery.Status.DEAD;
                d.nextAttemptAt = null;
                LOG.warnf("delivery %s (%s to %s) is dead after %d attempts: %s", d.id, d.channel, d.target,
                        d.attempts, d.lastError);
                count(d, "dead");
            } else {
                d.status = Delivery.Status.FAILED;
                d.nextAttemptAt = at.plus(backoff(d.attempts));
                LOG.infof("delivery %s (%s) failed, attempt %d, next at %s: %s", d.id, d.channel, d.attempts,
                        d.nextAttemptAt, d.lastError);
                count(d, "failed");
            }
        }
    }

    /** The wait after the {@code attempts}-th failure: backoff × 2^(attempts-1), at most maxBackoff. */
    Duration backoff(int attempts) {
        Duration wait = config.deliveries().backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.deliveries().maxBackoff()) > 0 ? config.deliveries().maxBackoff() : wait;
    }

    private void send(Delivery d, OffsetDateTime at) throws Exception {
        Notification n = d.notificationId == null ? null : notifications.findById(d.notificationId);
        String subject = n != null ? n.subject : d.subject;
        String text = n != null ? n.body : d.bodyText;
        if (d.channel == Channel.EMAIL) {
            // The recipient as the directory knows them now (an unresolved target names the same official).
            Official known = directory.find(d.recipientId).orElse(null);
            if (known != null && !known.active) {
                throw new Hopeless("official " + known.id + " is no longer active in the directory");
            }
            if (d.target.startsWith(UNRESOLVED)) {
                if (known == null) {
                    throw new IllegalStateException("no email address known yet for " + d.recipientId);
                }
                if (known.email == null || known.email.isBlank()) {
                    throw new Hopeless("official " + known.id + " has no email address in the directory");
                }
                d.target = known.email;
            }
            String html = n == null ? d.bodyHtml
                    : n.htmlBody != null ? n.htmlBody : renderer.html(n.language, n.subject, n.body, n.link);
            email.send(d.id, d.target, subject, text, html, n == null ? null : n.attachmentName,
                    n == null ? null : n.attachment);
        } else {
            Webhook w = webhooks.findByIdOptional(UUID.fromString(d.target)).orElse(null);
            if (w == null || !w.active) {
                throw new Hopeless("webhook " + d.target + " is no longer registered");
            }
            webhook.send(w.url, secrets.open(w), d.id.toString(), body(d, n, subject, text), at.toEpochSecond());
        }
    }

    private String body(Delivery d, Notification n, String subject, String text) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", d.id);
        body.put("eventId", d.eventId);
        body.put("eventType", n == null ? "org.mutabaa.notification.digest" : n.eventType);
        body.put("recipientId", d.recipientId);
        String shownText = text;
        if (n != null) {
            String link = n.link;
            if (n.actionId != null && link != null && link.contains(Notification.SIGNED_LINK)) {
                // A signed action link is the person's own, for their mail: the webhook gets the console's address.
                link = config.consoleUrl() + "/actions/" + n.actionId;
                shownText = text == null ? null : text.replace(n.link, link);
            }
            body.put("language", n.language);
            body.put("direction", n.direction());
            body.put("meetingId", n.meetingId);
            body.put("decisionId", n.decisionId);
            body.put("actionId", n.actionId);
            body.put("link", link);
            body.put("createdAt", n.createdAt);
        }
        body.put("subject", subject);
        body.put("body", shownText);
        return json.writeValueAsString(body);
    }

    /** A failure another attempt cannot mend: the delivery is dead at once (and may be retried by hand). */
    static final class Hopeless extends RuntimeException {
        Hopeless(String message) {
            super(message);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause()) {
            if (!out.isEmpty()) {
                out.append(": ");
            }
            out.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return out.length() > 1000 ? out.substring(0, 1000) : out.toString();
    }
}
