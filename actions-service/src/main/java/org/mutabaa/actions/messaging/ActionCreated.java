package org.mutabaa.actions.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.action.created.v1}; schema in
 * {@code contracts/actions-service/action-created.v1.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionCreated(UUID actionId, UUID decisionId, UUID meetingId, String titleAr, String titleEn,
                            Owner owner, LocalDate dueDate, String priority, String status,
                            OffsetDateTime createdAt) {

    public static final String TYPE = "org.mutabaa.action.created.v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Owner(UUID officialId, UUID organisationId, String countryCode, String nameAr, String nameEn,
                        String titleAr, String titleEn, String preferredLanguage) {
    }
}
