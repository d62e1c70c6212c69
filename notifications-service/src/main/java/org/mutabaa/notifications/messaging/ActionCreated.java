package org.mutabaa.notifications.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What notifications-service reads of {@code org.mutabaa.action.created.v1}
 * (contracts/actions-service/action-created.v1.schema.json); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionCreated(UUID actionId, UUID decisionId, UUID meetingId, String classification, String titleAr,
                            String titleEn, Owner owner, LocalDate dueDate) {

    public static final String TYPE = "org.mutabaa.action.created.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(UUID officialId, UUID organisationId, String nameAr, String nameEn, String titleAr, String titleEn,
                        String preferredLanguage) {
    }
}
