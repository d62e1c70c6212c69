package org.mutabaa.notifications.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * An official (or, in action events, an organisation: no {@code officialId}) as the events carry
 * them; {@code role} only for a meeting's participants; {@code email} for a focal point named by
 * address, outside the directory; such a focal point of the organisation that owns an action also
 * carries {@code link}, the token of a signed link to that action's page, and its expiry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(UUID officialId, UUID organisationId, String organisationNameAr, String organisationNameEn,
                     String countryCode, String nameAr, String nameEn, String titleAr, String titleEn,
                     String preferredLanguage, String timeZone, String role, String email, String link,
                     java.time.OffsetDateTime linkExpiresAt) {
}
