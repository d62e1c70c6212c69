package org.mutabaa.notifications.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What notifications-service reads of OfficialUpserted and OfficialDeactivated on {@code directory.officials}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfficialData(UUID officialId, Organisation organisation, String nameAr, String nameEn, String titleAr,
                           String titleEn, String email, String preferredLanguage, String timeZone, Boolean active,
                           OffsetDateTime changedAt) {

    public static final String UPSERTED = "org.mutabaa.official.upserted.v1";
    public static final String DEACTIVATED = "org.mutabaa.official.deactivated.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID id, String countryCode) {
    }
}
