package org.mutabaa.notifications.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What notifications-service reads of {@code org.mutabaa.decision.adopted.v1}
 * (contracts/meetings-service/decision-adopted.v1.schema.json); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionAdopted(UUID decisionId, Meeting meeting, String textAr, String textEn,
                              String authoritativeLanguage, LocalDate dueDate, List<Person> owners,
                              List<Person> participants) {

    public static final String TYPE = "org.mutabaa.decision.adopted.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(UUID id, String titleAr, String titleEn, String classification, String timeZone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(UUID officialId, String nameAr, String nameEn, String titleAr, String titleEn,
                         String preferredLanguage, String role) {
    }
}
