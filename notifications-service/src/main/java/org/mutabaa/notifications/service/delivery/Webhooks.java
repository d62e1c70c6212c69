package org.mutabaa.notifications.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.WebhookRepository;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.time.Now;
import io.quarkus.security.ForbiddenException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Organisations' webhooks: registered with a checked URL and a fresh secret, listed, removed. A
 * secretariat handles only its own organisation's (the token's {@code org}); an administrator any.
 */
@ApplicationScoped
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookGuard guard;
    private final Now now;
    private final Caller caller;
    private final WebhookSecrets secrets;

    /** A webhook just registered, with its secret in clear: shown once, to the one who registered it. */
    public record Registered(Webhook webhook, String secret) {
    }

    public Webhooks(WebhookRepository webhooks, WebhookGuard guard, Now now, Caller caller, WebhookSecrets secrets) {
        this.secrets = secrets;
        this.webhooks = webhooks;
        this.guard = guard;
        this.now = now;
        this.caller = caller;
    }

    @Transactional
    public Registered register(UUID organisationId, String url) {
        requireOwn(organisationId);
        guard.check("url", url);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.organisationId = organisationId;
        w.url = url;
        String clear = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        w.secret = secrets.seal(w, clear);
        w.createdAt = now.get();
        webhooks.persist(w);
        return new Registered(w, clear);
    }

    public List<Webhook> of(UUID organisationId) {
        requireOwn(organisationId);
        return webhooks.list("organisationId = ?1 and active = true", organisationId);
    }

    /** Another organisation's webhook is not found. */
    public Webhook get(UUID id) {
        return webhooks.findByIdOptional(id).filter(w -> w.active)
                .filter(w -> caller.admin() || caller.belongsTo(w.organisationId))
                .orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    private void requireOwn(UUID organisationId) {
        if (!caller.admin() && !caller.belongsTo(organisationId)) {
            throw new ForbiddenException("a secretariat handles its own organisation's webhooks only");
        }
    }

    @Transactional
    public void remove(UUID id) {
        get(id).active = false;
    }
}
