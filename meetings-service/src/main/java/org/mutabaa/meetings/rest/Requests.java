package org.mutabaa.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Language;
import org.mutabaa.meetings.service.Drafts;
import org.mutabaa.platform.text.FreeText;
import org.mutabaa.platform.text.Name;
import org.mutabaa.platform.time.InDateRange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the meetings API. Free text is kept exactly as sent ({@link FreeText}); names
 * and titles people are known by follow the stricter {@link Name} rules.
 */
public final class Requests {

    static final int NAME = 500;
    static final int TEXT = 20_000;

    private Requests() {
    }

    public record NewOrganisation(
            @NotNull Enums.OrganisationKind kind,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SY or OM") String countryCode,
            @Schema(example = "وزارة الاتصالات والتقانة") @Name @Size(max = NAME) String nameAr,
            @Schema(example = "Ministry of Communications and Technology") @Name @Size(max = NAME) String nameEn) {

        /** As the services take it. */
        public Drafts.NewOrganisation draft() {
            return new Drafts.NewOrganisation(kind, countryCode, nameAr, nameEn);
        }
    }

    public record NewOfficial(
            @NotNull UUID organisationId,
            @Schema(example = "فاديا سليمان") @Name @Size(max = NAME) String nameAr,
            @Schema(example = "Fadia Suleiman") @Name @Size(max = NAME) String nameEn,
            @Schema(example = "معاونة وزير الاتصالات والتقانة") @Name @Size(max = NAME) String titleAr,
            @Schema(example = "Deputy Minister of Communications and Technology") @Name @Size(max = NAME) String titleEn,
            @Email @Size(max = 320) String email,
            @Size(max = 40) String phone,
            @NotNull Language preferredLanguage,
            @Size(max = 64) String timeZone,
            @Schema(description = "Whether they sign in to Mutabaa (true when absent). False for an official with no"
                    + " account, such as another government's: their mails about an action they own carry a signed"
                    + " link to it, where they work it without signing in.") Boolean signsIn) {

        /** As the services take it. */
        public Drafts.NewOfficial draft() {
            return new Drafts.NewOfficial(organisationId, nameAr, nameEn, titleAr, titleEn, email, phone, preferredLanguage,
                    timeZone, signsIn == null || signsIn);
        }
    }

    public record NewMeeting(
            @Schema(example = "اجتماع وزير الاتصالات والتقانة السوري مع وزير النقل والاتصالات العماني") @Name @Size(max = NAME) String titleAr,
            @Schema(example = "Meeting of the Syrian Minister of Communications and Technology with the Omani Minister of Transport and Communications") @Name @Size(max = NAME) String titleEn,
            @NotNull Enums.MeetingKind kind,
            @NotNull Enums.Modality modality,
            @FreeText @Size(max = NAME) String platform,
            @NotNull @InDateRange OffsetDateTime startsAt,
            @NotNull @Size(max = 64) String timeZone,
            Enums.Classification classification,
            Enums.MeetingStatus status,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid NewDelegation> delegations,
            @Size(max = 200) List<@NotNull @Valid NewAgendaItem> agenda,
            UUID recordedBy) {

        /** As the services take it. */
        public Drafts.NewMeeting draft() {
            return new Drafts.NewMeeting(titleAr, titleEn, kind, modality, platform, startsAt, timeZone, classification,
                    status, delegations == null ? null : delegations.stream().map(NewDelegation::draft).toList(),
                    agenda == null ? null : agenda.stream().map(NewAgendaItem::draft).toList(), recordedBy);
        }
    }

    /**
     * A recorded meeting as it should have been recorded: title, modality and platform, time, delegations
     * and agenda, with the reason for the correction. Its kind and classification stay.
     */
    public record MeetingCorrection(
            @Name @Size(max = NAME) String titleAr,
            @Name @Size(max = NAME) String titleEn,
            @NotNull Enums.Modality modality,
            @FreeText @Size(max = NAME) String platform,
            @NotNull @InDateRange OffsetDateTime startsAt,
            @NotNull @Size(max = 64) String timeZone,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid NewDelegation> delegations,
            @Size(max = 200) List<@NotNull @Valid NewAgendaItem> agenda,
            @Schema(example = "تصحيح موعد الاجتماع وفق المحضر الموقع") @NotNull @FreeText @Size(min = 1, max = TEXT)
            String reason) {

        /** As the services take it. */
        public Drafts.MeetingCorrection draft() {
            return new Drafts.MeetingCorrection(titleAr, titleEn, modality, platform, startsAt, timeZone,
                    delegations == null ? null : delegations.stream().map(NewDelegation::draft).toList(),
                    agenda == null ? null : agenda.stream().map(NewAgendaItem::draft).toList(), reason);
        }
    }

    public record NewDelegation(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SY or OM") String countryCode,
            UUID organisationId,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid NewParticipant> participants) {

        /** As the services take it. */
        public Drafts.NewDelegation draft() {
            return new Drafts.NewDelegation(countryCode, organisationId,
                    participants == null ? null : participants.stream().map(NewParticipant::draft).toList());
        }
    }

    public record NewParticipant(@NotNull UUID officialId, @NotNull Enums.Role role) {

        /** As the services take it. */
        public Drafts.NewParticipant draft() {
            return new Drafts.NewParticipant(officialId, role);
        }
    }

    public record NewAgendaItem(
            @Schema(example = "أمن المعلومات") @FreeText @Size(max = TEXT) String titleAr,
            @Schema(example = "Information security") @FreeText @Size(max = TEXT) String titleEn) {

        /** As the services take it. */
        public Drafts.NewAgendaItem draft() {
            return new Drafts.NewAgendaItem(titleAr, titleEn);
        }
    }

    public record StatusChange(@NotNull Enums.MeetingStatus status) {
    }

    public record Revocation(@NotNull @FreeText @Size(min = 1, max = TEXT) String reason) {
    }

    public record NewDecision(
            @Min(1) Integer agendaItem,
            @Schema(example = "نقل الخبرة المتقدمة لدى الجانب العماني في مجال أمن المعلومات إلى فريق العمل الموجود في سورية") @FreeText @Size(max = TEXT) String textAr,
            @Schema(example = "Transfer the Omani side's advanced information security expertise to the team in Syria") @FreeText @Size(max = TEXT) String textEn,
            Language authoritativeLanguage,
            @NotNull Enums.DecisionType type,
            @InDateRange LocalDate dueDate,
            @Schema(description = "Instead of dueDate: due this many working days after the meeting, each owner's"
                    + " due date counted on the working calendar of the owner's country.", example = "10")
            @Min(1) @Max(365) Integer dueInWorkingDays,
            @Size(max = 50) List<@NotNull UUID> ownerIds,
            @Size(max = 50) List<@NotNull UUID> ownerOrganisationIds,
            @Size(max = 100) List<@NotNull @Valid NewActionItem> actionItems,
            @Schema(description = "Per owning official (ownerIds), at most one counterpart: an official of another"
                    + " delegation of the meeting who follows the decision on their side. Each gets an action and"
                    + " the two actions are linked.")
            @Size(max = 50) List<@NotNull @Valid NewCounterpart> counterparts) {

        /** As the services take it. */
        public Drafts.NewDecision draft() {
            return new Drafts.NewDecision(agendaItem, textAr, textEn, authoritativeLanguage, type, dueDate,
                    dueInWorkingDays, ownerIds,
                    ownerOrganisationIds, actionItems == null ? null : actionItems.stream().map(NewActionItem::draft).toList(),
                    counterparts == null ? null : counterparts.stream()
                            .map(c -> new Drafts.NewCounterpart(c.ownerId(), c.counterpartId())).toList());
        }
    }

    /** A lead (one of the decision's ownerIds) and their counterpart on another delegation of the meeting. */
    public record NewCounterpart(@NotNull UUID ownerId, @NotNull UUID counterpartId) {
    }

    /** An explicit action item: its text, one owner (an official or an organisation), a due date. */
    public record NewActionItem(
            @Schema(example = "تسمية فريق العمل المشترك للحكومة الإلكترونية") @FreeText @Size(max = TEXT) String textAr,
            @Schema(example = "Name the joint e-government working group") @FreeText @Size(max = TEXT) String textEn,
            UUID ownerId,
            UUID ownerOrganisationId,
            @InDateRange LocalDate dueDate) {

        /** As the services take it. */
        public Drafts.NewActionItem draft() {
            return new Drafts.NewActionItem(textAr, textEn, ownerId, ownerOrganisationId, dueDate);
        }
    }
}
