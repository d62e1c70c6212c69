package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code org.mutabaa.action.created.v1}; schema in contracts/actions-service/action-created.v1.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionCreated(UUID actionId, UUID decisionId, UUID meetingId, String classification, Integer itemPosition,
                            String titleAr, String titleEn, ActionPerson owner, LocalDate dueDate, String timeZone,
                            String priority, String status, OffsetDateTime createdAt, List<ActionPerson> focalPoints) {

    public static final String TYPE = "org.mutabaa.action.created.v1";
}
