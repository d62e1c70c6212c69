package org.mutabaa.meetings.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.decision.adopted.v1}; schema in
 * {@code contracts/meetings-service/decision-adopted.v1.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionAdopted(UUID decisionId, Meeting meeting, AgendaItem agendaItem, String type, String textAr,
                              String textEn, String authoritativeLanguage, LocalDate dueDate,
                              Integer dueInWorkingDays, List<Person> owners,
                              List<OrganisationRef> organisationOwners, List<ActionItem> actionItems,
                              List<Person> participants, OffsetDateTime adoptedAt, List<CounterpartRef> counterparts) {

    public static final String TYPE = "org.mutabaa.decision.adopted.v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meeting(UUID id, String titleAr, String titleEn, String classification, OffsetDateTime startsAt,
                          String timeZone, UUID recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItem(int position, String titleAr, String titleEn) {
    }

    /** An organisation that owns the follow-up until a person is named. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationRef(UUID organisationId, String kind, String countryCode, String nameAr, String nameEn) {
    }

    /** An explicit action item with exactly one of {@code owner} and {@code organisationOwner}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItem(int position, String textAr, String textEn, Person owner, OrganisationRef organisationOwner,
                             LocalDate dueDate) {
    }

    /** A lead, one of the owners, and their counterpart on another delegation of the meeting. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CounterpartRef(UUID ownerId, Person counterpart) {
    }

    /** An official as the event's readers need them; {@code role} only for participants. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(UUID officialId, UUID organisationId, String countryCode, String nameAr, String nameEn,
                         String titleAr, String titleEn, String preferredLanguage, String timeZone, String role) {
    }
}
