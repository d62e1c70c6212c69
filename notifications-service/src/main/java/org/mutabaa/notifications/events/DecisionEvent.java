package org.mutabaa.notifications.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What notifications-service reads of DecisionAdopted, DecisionAmended and DecisionRevoked
 * (contracts/meetings-service/decision-*.v1.schema.json); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionEvent(UUID decisionId, Meeting meeting, String textAr, String textEn, LocalDate dueDate,
                            Integer dueInWorkingDays,
                            List<Person> owners, List<Person> participants, List<Change> changes, String reason) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(UUID id, String titleAr, String titleEn, String classification, OffsetDateTime startsAt,
                          String timeZone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String field) {
    }
}
