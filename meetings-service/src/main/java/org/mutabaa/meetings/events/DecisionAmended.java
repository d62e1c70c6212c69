package org.mutabaa.meetings.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.decision.amended.v1}: the decision as it now stands, and what
 * changed; schema in {@code contracts/meetings-service/decision-amended.v1.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionAmended(UUID decisionId, DecisionAdopted.Meeting meeting, DecisionAdopted.AgendaItem agendaItem,
                              String type, String textAr, String textEn, String authoritativeLanguage,
                              LocalDate dueDate, Integer dueInWorkingDays, List<DecisionAdopted.Person> owners,
                              List<DecisionAdopted.OrganisationRef> organisationOwners,
                              List<DecisionAdopted.ActionItem> actionItems,
                              List<DecisionAdopted.Person> participants, List<Change> changes,
                              OffsetDateTime amendedAt, List<DecisionAdopted.CounterpartRef> counterparts) {

    public static final String TYPE = "org.mutabaa.decision.amended.v1";

    /** One changed field with its value before and after ({@code null} when absent). */
    public record Change(String field, JsonNode before, JsonNode after) {
    }
}
