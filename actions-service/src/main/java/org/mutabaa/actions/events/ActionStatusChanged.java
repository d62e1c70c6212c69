package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.action.status-changed.v1}; schema in
 * contracts/actions-service/action-status-changed.v1.schema.json. Carries the decision's owners,
 * who are told of each other's progress.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionStatusChanged(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                                  String titleAr, String titleEn, ActionPerson owner, String previousStatus,
                                  String status, String reason, UUID changedBy, String cause,
                                  List<ActionPerson> decisionOwners, OffsetDateTime changedAt, List<ActionPerson> focalPoints, List<ActionPerson> verifiers) {

    public static final String TYPE = "org.mutabaa.action.status-changed.v1";
}
