package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.WebhookRepository;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Organisations' webhooks: registered with a checked URL and a fresh secret, listed, removed. */
@ApplicationScoped
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookGuard guard;
    private final Now now;

    public Webhooks(WebhookRepository webhooks, WebhookGuard guard, Now now) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.now = now;
    }

    @Transactional
    public Webhook register(UUID organisationId, String url) {
        guard.check("url", url);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.organisationId = organisationId;
        w.url = url;
        w.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        w.createdAt = now.get();
        webhooks.persist(w);
        return w;
    }

    public List<Webhook> of(UUID organisationId) {
        return webhooks.list("organisationId = ?1 and active = true", organisationId);
    }

    public Webhook get(UUID id) {
        return webhooks.findByIdOptional(id).filter(w -> w.active)
                .orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    @Transactional
    public void remove(UUID id) {
        get(id).active = false;
    }
}
