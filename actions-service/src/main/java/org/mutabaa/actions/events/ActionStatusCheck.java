package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.action.status-check.v1} (schema in contracts/actions-service/): an open
 * action without a due date is asked about, every {@code everyDays} days until it has a due date or
 * is done. {@code lastUpdateAt}: when its owner last reported progress, if ever.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionStatusCheck(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                                String titleAr, String titleEn, ActionPerson owner, String timeZone,
                                String status, int progress, int everyDays, OffsetDateTime lastUpdateAt,
                                OffsetDateTime firedAt, List<ActionPerson> focalPoints) {

    public static final String TYPE = "org.mutabaa.action.status-check.v1";
}
