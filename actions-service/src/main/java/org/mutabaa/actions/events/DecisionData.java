package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What actions-service reads of the decision events on {@code meetings.decisions}: DecisionAdopted,
 * DecisionAmended (both carry the decision as it now stands) and DecisionRevoked; schemas in
 * contracts/meetings-service/. Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionData(UUID decisionId, Meeting meeting, String textAr, String textEn, LocalDate dueDate,
                           Integer dueInWorkingDays,
                           List<Person> owners, List<Person> participants, List<Organisation> organisationOwners,
                           List<ActionItem> actionItems, String reason, List<Counterpart> counterparts) {

    public static final String ADOPTED = "org.mutabaa.decision.adopted.v1";
    public static final String AMENDED = "org.mutabaa.decision.amended.v1";
    public static final String REVOKED = "org.mutabaa.decision.revoked.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(UUID id, String titleAr, String titleEn, String classification, String timeZone,
                          UUID recordedBy, java.time.OffsetDateTime startsAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(UUID officialId, UUID organisationId, String countryCode, String nameAr, String nameEn,
                         String titleAr, String titleEn, String preferredLanguage, String timeZone, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID organisationId, String kind, String countryCode, String nameAr, String nameEn) {
    }

    /** A lead, one of the owners, and their counterpart on another delegation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counterpart(UUID ownerId, Person counterpart) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionItem(Integer position, String textAr, String textEn, Person owner,
                             Organisation organisationOwner, LocalDate dueDate) {
    }
}
