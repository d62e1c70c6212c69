package org.mutabaa.actions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Attachment;
import org.mutabaa.actions.domain.Comment;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.domain.ProgressUpdate;
import org.mutabaa.platform.time.WorkingCalendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the actions API shows. */
public final class Views {

    private Views() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(UUID id, UUID decisionId, UUID meetingId, Integer itemPosition, @Schema(example = "نقل الخبرة المتقدمة لدى الجانب العماني في مجال أمن المعلومات إلى فريق العمل الموجود في سورية") String titleAr,
                             @Schema(example = "Transfer the Omani side's advanced information security expertise to the team in Syria") String titleEn, OwnerView owner, List<UUID> collaboratorIds, LocalDate dueDate,
                             String timeZone, @Schema(description = "The first instant the action is late: the start of the first working day"
                                     + " after its due date, in its owner's time zone and on its owner's country's calendar") OffsetDateTime overdueAt, boolean overdue, Action.Priority priority,
                             Action.Status status, String statusReason, int progress, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt, OffsetDateTime completedAt,
                             @Schema(description = "For a DONE action only: AWAITING the recording secretariat's"
                                     + " check of its evidence, or VERIFIED.") Action.Verification verification,
                             OffsetDateTime verifiedAt, UUID verifiedBy,
                             @Schema(description = "Whether the due date is a working day in the owner's country;"
                                     + " false on a weekend day or a public holiday, which dueDayHolidayAr/En then"
                                     + " name.") Boolean dueOnWorkingDay,
                             @Schema(example = "عيد الأضحى") String dueDayHolidayAr,
                             @Schema(example = "Eid al-Adha") String dueDayHolidayEn,
                             @Schema(description = "When the decision pairs this action's owner with an official of"
                                     + " another delegation: which side this action is, and how the other side's"
                                     + " action stands.") PairView pair) {

        public static ActionView of(Action a, OffsetDateTime now, WorkingCalendar calendar, Action other) {
            Optional<WorkingCalendar.Holiday> holiday = a.dueDate == null ? Optional.empty()
                    : calendar.holiday(a.dueDate);
            return new ActionView(a.id, a.decisionId, a.meetingId, a.itemPosition, a.titleAr, a.titleEn,
                    OwnerView.of(a.owner), List.copyOf(a.collaborators), a.dueDate,
                    a.dueDate == null ? null : a.timeZone, a.overdueAt, a.overdue(now), a.priority, a.status,
                    a.statusReason, a.progress, a.createdAt, a.updatedAt, a.completedAt, a.verification(),
                    a.verifiedAt, a.verifiedBy, a.dueDate == null ? null : calendar.isWorkingDay(a.dueDate),
                    holiday.map(WorkingCalendar.Holiday::nameAr).orElse(null),
                    holiday.map(WorkingCalendar.Holiday::nameEn).orElse(null),
                    a.pairSide == null || other == null ? null : PairView.of(a.pairSide, other, now));
        }
    }

    /**
     * A lead's or counterpart's view of the other side: {@code side} is this action's side; the rest
     * is the other side's action as it stands.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairView(Action.Side side, UUID counterpartActionId, OwnerView counterpartOwner,
                           Action.Status status, Action.Verification verification, int progress, LocalDate dueDate,
                           boolean overdue, OffsetDateTime updatedAt) {

        static PairView of(Action.Side side, Action other, OffsetDateTime now) {
            return new PairView(side, other.id, OwnerView.of(other.owner), other.status, other.verification(),
                    other.progress, other.dueDate, other.overdue(now), other.updatedAt);
        }
    }

    /**
     * How a meeting is followed up: {@code statusCheckDays}, how often an open action without a due
     * date is asked about; {@code chosen}, false while it is the service's default; its escalation
     * chain, {@code escalationChosen} false while it is the service's default.
     */
    public record FollowUpView(UUID meetingId, @Schema(example = "30") int statusCheckDays, boolean chosen,
                               List<EscalationStepView> escalation, boolean escalationChosen) {
    }

    /** One level of an escalation chain: to whom, after how many days late. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EscalationStepView(EscalationLevel.Target to, @Schema(example = "7") int afterDays, UUID officialId) {
    }

    /** A country's working calendar for a year: its weekend and its holidays in date order. */
    public record CalendarView(@Schema(example = "SY") String countryCode,
                               @Schema(description = "false: this service has no calendar for the country, and counts"
                                       + " Monday to Friday as working days") boolean known,
                               List<java.time.DayOfWeek> weekend, int year, List<HolidayView> holidays) {
    }

    /** A holiday; {@code announced} when a secretariat announced it for the date rather than a rule giving it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HolidayView(LocalDate date, @Schema(example = "عيد الفطر") String nameAr,
                              @Schema(example = "Eid al-Fitr") String nameEn, boolean announced) {
    }

    /** An organisation's follow-up focal points, in order, as the directory knows them. */
    public record FocalPointsView(UUID organisationId, List<FocalPointView> focalPoints, List<FocalAddressView> addresses) {
    }

    /** A focal point named by address, outside the directory. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FocalAddressView(@Schema(example = "followup@arabfund.org") String email,
                                   @Schema(example = "إدارة المتابعة") String nameAr, String nameEn,
                                   @Schema(example = "ar") String preferredLanguage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FocalPointView(UUID officialId, @Schema(example = "فادية سليمان") String nameAr, String nameEn,
                                 String titleAr, String titleEn, String countryCode, String preferredLanguage,
                                 boolean active) {
    }

    /** The owner: an official, or an organisation ({@code kind} ORGANISATION, no officialId) until a person is named. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OwnerView(String kind, UUID officialId, UUID organisationId, String organisationNameAr,
                            String organisationNameEn, String countryCode, String nameAr, String nameEn,
                            String titleAr, String titleEn, String preferredLanguage) {

        static OwnerView of(Owner o) {
            return new OwnerView(o.isOrganisation() ? "ORGANISATION" : "OFFICIAL", o.officialId, o.organisationId,
                    o.organisationNameAr, o.organisationNameEn, o.countryCode, o.nameAr, o.nameEn, o.titleAr,
                    o.titleEn, o.preferredLanguage);
        }
    }

    /**
     * One change to an action. {@code change} names what changed; the list grows as the follow-up
     * desk learns to record more, so a client shows a kind it does not know rather than failing on it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryView(OffsetDateTime at, UUID actorId, HistoryEntry.Source source,
                              @Schema(description = "What changed: CREATED, STATUS, OWNER, PROGRESS, COMMENT, ATTACHMENT,"
                                      + " PRIORITY, DUE_DATE, TITLE, COLLABORATORS, DUE_SOON, OVERDUE, ESCALATED,"
                                      + " STATUS_CHECK, VERIFIED, RETURNED; more may be added, so a client must accept a value it does"
                                      + " not know.", example = "STATUS_CHECK") String change,
                              String oldValue, String newValue, String note,
                              @Schema(description = "Done through a signed action link by the person it was given to,"
                                      + " who has no account: actorNameAr/En name them.") Boolean byLink,
                              String actorNameAr, String actorNameEn) {

        public static HistoryView of(HistoryEntry e) {
            return new HistoryView(e.at, e.actorId, e.source, e.change.name(), e.oldValue, e.newValue, e.note,
                    e.byLink ? Boolean.TRUE : null, e.actorNameAr, e.actorNameEn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressView(UUID id, int percent, String text, UUID authorId, OffsetDateTime createdAt) {

        public static ProgressView of(ProgressUpdate p) {
            return new ProgressView(p.id, p.percent, p.text, p.authorId, p.createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommentView(UUID id, String text, UUID authorId, OffsetDateTime createdAt) {

        public static CommentView of(Comment c) {
            return new CommentView(c.id, c.text, c.authorId, c.createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttachmentView(UUID id, String url, String title, UUID addedBy, OffsetDateTime createdAt) {

        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.url, a.title, a.addedBy, a.createdAt);
        }
    }

    /**
     * What a signed action link opens: the action, its decision and meeting, and all that was done on
     * it (each list oldest first, at most its last 200), for the person the link was given to.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkedActionView(LinkPersonView person, OffsetDateTime expiresAt, ActionView action,
                                   LinkedDecisionView decision, List<HistoryView> history,
                                   List<ProgressView> progress, List<CommentView> comments,
                                   List<AttachmentView> attachments) {

        public static LinkedActionView of(org.mutabaa.actions.service.links.ActionLinks.Page page, OffsetDateTime now,
                                          WorkingCalendar calendar) {
            var grant = page.grant();
            var link = grant.link();
            var d = grant.decision();
            return new LinkedActionView(new LinkPersonView(link.nameAr, link.nameEn, link.preferredLanguage),
                    link.expiresAt, ActionView.of(grant.action(), now, calendar, null),
                    new LinkedDecisionView(d.decisionId, d.textAr, d.textEn, d.meetingId, d.meetingTitleAr,
                            d.meetingTitleEn, d.meetingStartsAt, d.timeZone),
                    page.history().stream().map(HistoryView::of).toList(),
                    page.progress().stream().map(ProgressView::of).toList(),
                    page.comments().stream().map(CommentView::of).toList(),
                    page.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    /** The person a link was given to, and the language they read (ar or en). */
    public record LinkPersonView(@Schema(example = "م. سالم الحارثي") String nameAr,
                                 @Schema(example = "Eng. Salim Al Harthy") String nameEn,
                                 @Schema(example = "ar") String preferredLanguage) {
    }

    /** The decision an action comes from, and its meeting. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkedDecisionView(UUID id, String textAr, String textEn, UUID meetingId, String meetingTitleAr,
                                     String meetingTitleEn, OffsetDateTime meetingStartsAt, String meetingTimeZone) {
    }

    /**
     * A signed link given for an action (never its token): to whom, when it was given and renewed
     * until, when last used, and whether the secretariat revoked it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionLinkView(UUID id, UUID actionId, @Schema(description = "For a focal point named by address.") String email,
                                 @Schema(description = "For an owner who does not sign in.") UUID officialId,
                                 String nameAr, String nameEn,
                                 String preferredLanguage, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
                                 OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, UUID revokedBy,
                                 @Schema(description = "LIVE, EXPIRED or REVOKED.") String state) {

        public static ActionLinkView of(org.mutabaa.actions.domain.ActionLink l, OffsetDateTime now) {
            String state = l.revoked() ? "REVOKED" : l.expiresAt.isAfter(now) ? "LIVE" : "EXPIRED";
            return new ActionLinkView(l.id, l.actionId, l.email, l.officialId, l.nameAr, l.nameEn, l.preferredLanguage, l.issuedAt,
                    l.expiresAt, l.lastUsedAt, l.revokedAt, l.revokedBy, state);
        }
    }
}
