package org.mutabaa.actions.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What actions-service reads of {@code org.mutabaa.decision.adopted.v1}
 * (contracts/meetings-service/decision-adopted.v1.schema.json); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionAdopted(UUID decisionId, Meeting meeting, String textAr, String textEn, LocalDate dueDate,
                              List<Person> owners, List<JsonNode> organisationOwners, List<JsonNode> actionItems) {

    public static final String TYPE = "org.mutabaa.decision.adopted.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(UUID id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(UUID officialId, UUID organisationId, String countryCode, String nameAr, String nameEn,
                         String titleAr, String titleEn, String preferredLanguage) {
    }
}
