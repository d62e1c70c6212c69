package org.mutabaa.meetings.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.decision.revoked.v1}; schema in
 * {@code contracts/meetings-service/decision-revoked.v1.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRevoked(UUID decisionId, DecisionAdopted.Meeting meeting, List<DecisionAdopted.Person> owners,
                              List<DecisionAdopted.OrganisationRef> organisationOwners,
                              List<DecisionAdopted.Person> participants, String reason, OffsetDateTime revokedAt) {

    public static final String TYPE = "org.mutabaa.decision.revoked.v1";
}
