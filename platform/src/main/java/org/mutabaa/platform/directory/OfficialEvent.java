package org.mutabaa.platform.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of the directory's events on {@code directory.officials}, as the contracts
 * ({@code official-upserted.v1}, {@code official-deactivated.v1}) describe it. Every service that
 * keeps a copy of the directory reads it through this one shape.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfficialEvent(UUID officialId, Organisation organisation, String nameAr, String nameEn, String titleAr,
                            String titleEn, String email, String preferredLanguage, String timeZone, Boolean active,
                            OffsetDateTime changedAt, OffsetDateTime deactivatedAt, Boolean signsIn) {

    public static final String UPSERTED = "org.mutabaa.official.upserted.v1";
    public static final String DEACTIVATED = "org.mutabaa.official.deactivated.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID id, String countryCode, String nameAr, String nameEn) {
    }

    /** Refuses an OfficialUpserted that lacks what a copy of the directory needs (to the dead-letter topic). */
    public void requireUpserted(UUID eventId) {
        if (officialId == null || organisation == null || organisation.id() == null
                || organisation.countryCode() == null || changedAt == null) {
            throw new InvalidEventException("OfficialUpserted " + eventId
                    + " lacks officialId, organisation (id, countryCode) or changedAt", null);
        }
    }

    /** Refuses an OfficialDeactivated that does not say whom. */
    public void requireDeactivated(UUID eventId) {
        if (officialId == null) {
            throw new InvalidEventException("OfficialDeactivated " + eventId + " lacks officialId", null);
        }
    }
}
