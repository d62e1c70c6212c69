package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.action.verified.v1} (schema in contracts/actions-service/): the
 * secretariat that recorded the meeting accepted the evidence of a DONE action. {@code completedAt}
 * is when its owner marked it done; the decision's owners are told, as of each status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionVerified(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                             String titleAr, String titleEn, ActionPerson owner, String status,
                             OffsetDateTime completedAt, UUID verifiedBy, List<ActionPerson> decisionOwners,
                             OffsetDateTime verifiedAt, List<ActionPerson> focalPoints) {

    public static final String TYPE = "org.mutabaa.action.verified.v1";
}
