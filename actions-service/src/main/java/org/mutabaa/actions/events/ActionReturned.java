package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.action.returned.v1} (schema in contracts/actions-service/): the
 * secretariat that recorded the meeting did not accept a DONE action's evidence and sent it back to
 * its owner, in progress, with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionReturned(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                             String titleAr, String titleEn, ActionPerson owner, String previousStatus,
                             String status, String reason, int progress, UUID returnedBy,
                             OffsetDateTime returnedAt, List<ActionPerson> focalPoints) {

    public static final String TYPE = "org.mutabaa.action.returned.v1";
}
