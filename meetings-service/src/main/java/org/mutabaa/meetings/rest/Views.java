package org.mutabaa.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.meetings.domain.ActionItem;
import org.mutabaa.meetings.domain.AgendaItem;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Language;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.domain.Participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response bodies of the meetings API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Views {

    private Views() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationView(UUID id, Enums.OrganisationKind kind, String countryCode, String nameAr, String nameEn) {

        public static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.kind, o.countryCode, o.nameAr, o.nameEn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficialView(UUID id, UUID organisationId, @Schema(example = "فاديا سليمان") String nameAr, @Schema(example = "Fadia Suleiman") String nameEn, @Schema(example = "معاونة وزير الاتصالات والتقانة") String titleAr,
                               String titleEn, String email, String phone, Language preferredLanguage, String timeZone,
                               boolean active, @Schema(description = "Whether they sign in to Mutabaa; false for one"
                                       + " who works their actions through signed links.") boolean signsIn) {

        public static OfficialView of(Official o) {
            return new OfficialView(o.id, o.organisation.id, o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.email,
                    o.phone, o.preferredLanguage, o.timeZone, o.active, o.signsIn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParticipantView(UUID officialId, Enums.Role role, String nameAr, String nameEn, String titleAr,
                                  String titleEn) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.official.id, p.role, p.official.nameAr, p.official.nameEn,
                    p.official.titleAr, p.official.titleEn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelegationView(String countryCode, UUID organisationId, List<ParticipantView> participants) {

        static DelegationView of(Delegation d) {
            return new DelegationView(d.countryCode, d.organisation == null ? null : d.organisation.id,
                    d.participants.stream().map(ParticipantView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItemView(int position, String titleAr, String titleEn) {

        static AgendaItemView of(AgendaItem a) {
            return new AgendaItemView(a.position, a.titleAr, a.titleEn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingView(UUID id, @Schema(example = "اجتماع وزير الاتصالات والتقانة السوري مع وزير النقل والاتصالات العماني") String titleAr, @Schema(example = "Meeting of the Syrian Minister of Communications and Technology with the Omani Minister of Transport and Communications") String titleEn, Enums.MeetingKind kind, Enums.Modality modality,
                              String platform, OffsetDateTime startsAt, String timeZone,
                              Enums.Classification classification, Enums.MeetingStatus status,
                              List<DelegationView> delegations, List<AgendaItemView> agenda, UUID recordedBy) {

        public static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.titleAr, m.titleEn, m.kind, m.modality, m.platform, m.startsAt, m.timeZone,
                    m.classification, m.status, m.delegations.stream().map(DelegationView::of).toList(),
                    m.agenda.stream().map(AgendaItemView::of).toList(), m.organisationId);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(UUID id, UUID meetingId, Integer agendaItem, @Schema(example = "نقل الخبرة المتقدمة لدى الجانب العماني في مجال أمن المعلومات إلى فريق العمل الموجود في سورية") String textAr, @Schema(example = "Transfer the Omani side's advanced information security expertise to the team in Syria") String textEn,
                               Language authoritativeLanguage, Enums.DecisionType type, Enums.DecisionStatus status,
                               LocalDate dueDate, List<UUID> ownerIds, List<UUID> ownerOrganisationIds,
                               List<ActionItemView> actionItems, OffsetDateTime adoptedAt,
                               OffsetDateTime amendedAt, OffsetDateTime revokedAt, String revocationReason,
                               Integer dueInWorkingDays, List<CounterpartView> counterparts) {

        public static DecisionView of(Decision d) {
            return new DecisionView(d.id, d.meeting.id, d.agendaItem == null ? null : d.agendaItem.position,
                    d.textAr, d.textEn, d.authoritativeLanguage, d.type, d.status, d.dueDate,
                    d.owners.stream().map(o -> o.id).toList(), d.ownerOrganisations.stream().map(o -> o.id).toList(),
                    d.actionItems.stream().map(ActionItemView::of).toList(), d.adoptedAt, d.amendedAt, d.revokedAt,
                    d.revocationReason, d.dueInWorkingDays,
                    d.counterparts.stream().map(c -> new CounterpartView(c.owner.id, c.counterpart.id)).toList());
        }
    }

    /** One correction of a meeting: when, by whom, why, and each field before and after. */
    public record CorrectionView(UUID id, OffsetDateTime correctedAt, UUID correctedBy,
                                 @Schema(example = "تصحيح موعد الاجتماع وفق المحضر الموقع") String reason,
                                 List<CorrectedField> changes) {

        public static CorrectionView of(org.mutabaa.meetings.domain.MeetingCorrection c,
                                        org.mutabaa.platform.events.EventCodec codec) {
            List<CorrectedField> changes = new java.util.ArrayList<>();
            codec.readTree(c.changes).forEach(n -> changes.add(new CorrectedField(n.path("field").asText(),
                    n.get("before"), n.get("after"))));
            return new CorrectionView(c.id, c.correctedAt, c.correctedBy, c.reason, changes);
        }
    }

    /**
     * A corrected field of a meeting (titleAr, titleEn, modality, platform, startsAt, timeZone,
     * delegations, agenda) with its JSON value before and after.
     */
    public record CorrectedField(@Schema(example = "startsAt") String field,
                                 @Schema(description = "The value before, as JSON.") Object before,
                                 @Schema(description = "The value after, as JSON.") Object after) {
    }

    /** A lead (an owning official) and their counterpart on another delegation. */
    public record CounterpartView(UUID ownerId, UUID counterpartId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItemView(int position, String textAr, String textEn, UUID ownerId, UUID ownerOrganisationId,
                                 LocalDate dueDate) {

        static ActionItemView of(ActionItem i) {
            return new ActionItemView(i.position, i.textAr, i.textEn, i.ownerOfficial == null ? null : i.ownerOfficial.id,
                    i.ownerOrganisation == null ? null : i.ownerOrganisation.id, i.dueDate);
        }
    }
}
