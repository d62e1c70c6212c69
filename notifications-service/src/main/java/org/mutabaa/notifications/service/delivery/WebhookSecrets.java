package org.mutabaa.notifications.service.delivery;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.repository.WebhookRepository;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook secrets at rest: AES-256-GCM under the key in
 * {@code mutabaa.notifications.webhooks.secret-key} (32 bytes, Base64), each with its own random
 * nonce and the webhook's id as associated data, so a stolen database (or backup) holds no secret
 * a receiver trusts, and a ciphertext copied onto another webhook does not decrypt. Stored as
 * {@value #PREFIX} + Base64url(nonce ‖ ciphertext ‖ tag). Secrets stored in clear by an earlier
 * version are encrypted when the service starts.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    static final String PREFIX = "aes256gcm:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final WebhookRepository webhooks;

    public WebhookSecrets(NotificationsConfig config, WebhookRepository webhooks) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.webhooks().secretKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mutabaa.notifications.webhooks.secret-key must be Base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("mutabaa.notifications.webhooks.secret-key must be 32 bytes (256 bits) in"
                    + " Base64, e.g. the output of: openssl rand -base64 32; it is " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.webhooks = webhooks;
    }

    /** The secret as stored for {@code webhook}. */
    public String seal(Webhook webhook, String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, webhook, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret {@code webhook} signs with. */
    public String open(Webhook webhook) {
        if (!webhook.secret.startsWith(PREFIX)) {
            return webhook.secret; // stored in clear before encryption; sealed at the next start
        }
        try {
            byte[] stored = Base64.getUrlDecoder().decode(webhook.secret.substring(PREFIX.length()));
            byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, NONCE);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, webhook, nonce);
            return new String(cipher.doFinal(stored, NONCE, stored.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of webhook " + webhook.id + " does not decrypt with the"
                    + " configured key (mutabaa.notifications.webhooks.secret-key changed?)", e);
        }
    }

    private Cipher cipher(int mode, Webhook webhook, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(webhook.id.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** Encrypts the secrets an earlier version stored in clear. */
    @Transactional
    void sealClearSecrets(@Observes StartupEvent startup) {
        int sealed = 0;
        for (Webhook w : webhooks.list("secret not like ?1", PREFIX + "%")) {
            w.secret = seal(w, w.secret);
            sealed++;
        }
        if (sealed > 0) {
            LOG.infof("%d webhook secret(s) stored in clear are now encrypted", sealed);
        }
    }
}
