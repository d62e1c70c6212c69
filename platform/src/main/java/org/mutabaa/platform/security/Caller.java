package org.mutabaa.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, from their verified bearer token: the official ({@code sub}), their organisation
 * ({@code org}) and their roles ({@code groups}: secretariat, official, admin).
 */
@RequestScoped
public class Caller {

    public static final String ADMIN = "admin";
    public static final String SECRETARIAT = "secretariat";
    public static final String OFFICIAL = "official";

    /** Stands for a missing official or organisation id in a visibility check: it matches no row. */
    public static final UUID NOBODY = new UUID(0, 0);

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public UUID officialId() {
        return Optional.ofNullable(officialIdOrNull())
                .orElseThrow(() -> new ForbiddenException("the token's subject is not an official id"));
    }

    /** The organisation the caller works for ({@code org} claim), if the token names one. */
    public Optional<UUID> organisationId() {
        Object claim = token.getClaim("org");
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When the caller's token expires. */
    public java.time.Instant tokenExpiresAt() {
        return java.time.Instant.ofEpochSecond(token.getExpirationTime());
    }

    /** The official id, or null when the subject is not one (an administrator's service token). */
    public UUID officialIdOrNull() {
        try {
            return UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the token says the caller works for this organisation. */
    public boolean belongsTo(UUID organisation) {
        return organisation != null && organisationId().filter(organisation::equals).isPresent();
    }

    /**
     * The caller as the services' visibility functions take them: official, organisation, whether
     * a secretariat. An administrator reads everything and has no reader.
     */
    public record Reader(UUID officialId, UUID organisationId, boolean secretariat) {
    }

    public Optional<Reader> reader() {
        if (admin()) {
            return Optional.empty();
        }
        UUID official = officialIdOrNull();
        return Optional.of(new Reader(official == null ? NOBODY : official, organisationId().orElse(NOBODY),
                is(SECRETARIAT)));
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean admin() {
        return is(ADMIN);
    }

    /** Refuses unless the caller is this official or an admin. */
    public void requireSelfOrAdmin(UUID officialId) {
        if (!admin() && !officialId.equals(officialId())) {
            throw new ForbiddenException("you may only act on your own items");
        }
    }
}
