package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code org.mutabaa.action.reassigned.v1}; schema in contracts/actions-service/action-reassigned.v1.schema.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionReassigned(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                               String titleAr, String titleEn, ActionPerson previousOwner, ActionPerson owner,
                               String reason, UUID reassignedBy, LocalDate dueDate, String timeZone, String status,
                               OffsetDateTime reassignedAt, List<ActionPerson> focalPoints) {

    public static final String TYPE = "org.mutabaa.action.reassigned.v1";
}
