package org.mutabaa.actions.service.links;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.config.ActionsConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The tokens of signed action links: the link's id and the token's expiry, signed with HMAC-SHA256
 * under the service's key ({@code mutabaa.actions.links.key}). A token reveals nothing but a random
 * id and a time; one that was not signed with the key is refused before anything is read.
 */
@ApplicationScoped
public class LinkTokens {

    /** What a verified token says. */
    public record Signed(UUID linkId, Instant expiresAt) {
    }

    private static final byte[] CONTEXT = "mutabaa.action-link.v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    public LinkTokens(ActionsConfig config) {
        this.key = config.links().key().filter(k -> !k.isBlank()).map(LinkTokens::decodeKey).orElse(null);
    }

    static byte[] decodeKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mutabaa.actions.links.key must be Base64", e);
        }
        if (raw.length < 32) {
            throw new IllegalStateException("mutabaa.actions.links.key must be at least 32 bytes (256 bits) in Base64");
        }
        return raw;
    }

    /** Whether links can be given: a key is configured. */
    public boolean enabled() {
        return key != null;
    }

    public String sign(UUID linkId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(24).putLong(linkId.getMostSignificantBits())
                .putLong(linkId.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond()).array();
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The token's link and expiry, when the token is well formed and signed with our key; empty otherwise. */
    public Optional<Signed> verify(String token) {
        if (key == null || token == null || token.length() > 128) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != 24 || !MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        return Optional.of(new Signed(new UUID(b.getLong(), b.getLong()), Instant.ofEpochSecond(b.getLong())));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(CONTEXT);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
