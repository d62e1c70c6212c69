package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A signed link to one action, given by mail to a person who has no account (a focal point named by
 * address). Its token is signed, not stored: this row is what is renewed, used and revoked.
 */
@Entity
@Table(name = "action_link")
public class ActionLink {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    /** The address of a focal point named by address; null for an official's link. */
    public String email;

    /** The owner the link was given to, an official who does not sign in; null for an address's link. */
    @Column(name = "official_id")
    public UUID officialId;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    /** ar or en. */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    /** The expiry of the newest token; each new mail renews it. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public UUID revokedBy;

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * The id the person's work is recorded under: derived from the address, as notifications-service
     * derives the recipient id of an address, so that both services name the same person alike.
     */
    public UUID actorId() {
        return officialId != null ? officialId : addressId(email);
    }

    public static UUID addressId(String email) {
        return UUID.nameUUIDFromBytes(("mailto:" + email.trim().toLowerCase(java.util.Locale.ROOT))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
