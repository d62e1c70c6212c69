package org.mutabaa.meetings.service;

import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Language;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the services are asked to record, as they take it. The REST layer's requests check the
 * shape of what a client sends and hand over these; the services check what needs the directory
 * or the meeting, naming fields by these records' paths.
 */
public final class Drafts {

    private Drafts() {
    }

    public record NewOrganisation(Enums.OrganisationKind kind, String countryCode, String nameAr, String nameEn) {
    }

    public record NewOfficial(UUID organisationId, String nameAr, String nameEn, String titleAr, String titleEn,
                              String email, String phone, Language preferredLanguage, String timeZone,
                              boolean signsIn) {
    }

    public record NewMeeting(String titleAr, String titleEn, Enums.MeetingKind kind, Enums.Modality modality,
                             String platform, OffsetDateTime startsAt, String timeZone,
                             Enums.Classification classification, Enums.MeetingStatus status,
                             List<NewDelegation> delegations, List<NewAgendaItem> agenda, UUID recordedBy) {
    }

    /** A correction of a recorded meeting: what it now says, and why. */
    public record MeetingCorrection(String titleAr, String titleEn, Enums.Modality modality, String platform,
                                    OffsetDateTime startsAt, String timeZone, List<NewDelegation> delegations,
                                    List<NewAgendaItem> agenda, String reason) {
    }

    public record NewDelegation(String countryCode, UUID organisationId, List<NewParticipant> participants) {
    }

    public record NewParticipant(UUID officialId, Enums.Role role) {
    }

    public record NewAgendaItem(String titleAr, String titleEn) {
    }

    public record NewDecision(Integer agendaItem, String textAr, String textEn, Language authoritativeLanguage,
                              Enums.DecisionType type, LocalDate dueDate, Integer dueInWorkingDays,
                              List<UUID> ownerIds,
                              List<UUID> ownerOrganisationIds, List<NewActionItem> actionItems,
                              List<NewCounterpart> counterparts) {

        public NewDecision {
            counterparts = counterparts == null ? List.of() : counterparts;
            ownerIds = ownerIds == null ? List.of() : ownerIds;
            ownerOrganisationIds = ownerOrganisationIds == null ? List.of() : ownerOrganisationIds;
            actionItems = actionItems == null ? List.of() : actionItems;
        }
    }

    /** A lead (an owning official of the decision) and their counterpart on another delegation. */
    public record NewCounterpart(UUID ownerId, UUID counterpartId) {
    }

    /** An explicit action item: its text, one owner (an official or an organisation), a due date. */
    public record NewActionItem(String textAr, String textEn, UUID ownerId, UUID ownerOrganisationId,
                                LocalDate dueDate) {
    }
}
