package org.mutabaa.actions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.platform.text.FreeText;
import org.mutabaa.platform.time.InDateRange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the actions API. Free text is kept exactly as sent. */
public final class Requests {

    static final int REASON = 2_000;
    static final int TEXT = 20_000;

    private Requests() {
    }

    /**
     * Moves an action through the workflow; a reason is required to block, cancel or reopen, and to
     * mark done an action with no evidence link (then it says what was done).
     */
    public record StatusChange(
            @NotNull Action.Status status,
            @Schema(example = "بانتظار تسمية الجانب العماني لفريق العمل") @FreeText @Size(max = REASON) String reason) {
    }

    /** Why the secretariat sends a done action back to its owner. */
    public record Return(
            @Schema(example = "المرفق مسودة غير موقعة؛ يرجى إرفاق المذكرة الموقعة") @NotBlank @FreeText @Size(max = REASON) String reason) {
    }

    public record Reassignment(
            @NotNull UUID officialId,
            @Schema(example = "تتولى معاونة المدير العام ملف أمن المعلومات") @NotBlank @FreeText @Size(max = REASON) String reason) {
    }

    public record ProgressReport(
            @NotNull @Min(0) @Max(100) Integer percent,
            @Schema(example = "تم تشكيل فريق العمل المشترك وعقد اجتماعه الأول") @FreeText @Size(max = TEXT) String text) {
    }

    public record NewComment(
            @Schema(example = "أرسلنا مسودة المذكرة إلى الجانب العماني للمراجعة") @NotBlank @FreeText @Size(max = TEXT) String text) {
    }

    /** Evidence as a link (an absolute http or https URL) to a document kept elsewhere. */
    public record NewAttachment(
            @Schema(example = "https://docs.moct.example.sy/mou-draft.pdf") @NotBlank @Size(max = 2_048) String url,
            @Schema(example = "مسودة مذكرة التفاهم") @FreeText @Size(max = 500) String title) {
    }

    /**
     * How often, in days (1–365), an open action of the meeting without a due date is asked about;
     * and, when given, the escalation chain of its late actions (an empty list: no escalation; absent:
     * the service's default, the head of delegation then the recording secretariat).
     */
    public record FollowUpSettings(@NotNull @Min(1) @Max(365) Integer statusCheckDays,
                                   @Size(max = EscalationLevel.MAX) List<@NotNull @Valid EscalationStep> escalation) {
    }

    /**
     * One level of an escalation chain: {@code to} HEAD_OF_DELEGATION (of the owner's country),
     * RECORDING_SECRETARIAT (its organisation's focal points) or OFFICIAL (then {@code officialId});
     * {@code afterDays} working days late (the owner's country's), more than the level before. Never to the owner; each level once.
     */
    public record EscalationStep(@NotNull EscalationLevel.Target to, @NotNull @Min(1) @Max(365) Integer afterDays,
                                 UUID officialId) {
    }

    /** A public holiday a secretariat announces for a date of its country. */
    public record AnnouncedHoliday(
            @Schema(example = "عطلة عيد الفطر") @NotBlank @FreeText @Size(max = 200) String nameAr,
            @Schema(example = "Eid al-Fitr holiday") @FreeText @Size(max = 200) String nameEn) {
    }

    /** An organisation's follow-up focal points: officials of it, in order (at most 10; empty: none). */
    /**
     * An organisation's focal points: officials of it, and {@code addresses} for people outside the
     * directory (an organisation outside its countries), at most 10 in all.
     */
    public record FocalPointsChoice(@NotNull @Size(max = 10) List<@NotNull UUID> focalPointIds,
                                    @Size(max = 10) List<@NotNull @Valid FocalAddressChoice> addresses) {
    }

    /** A focal point by address: told by mail, in {@code preferredLanguage}. */
    public record FocalAddressChoice(
            @Schema(example = "followup@arabfund.org") @NotBlank @Email @Size(max = 320) String email,
            @Schema(example = "إدارة المتابعة") @FreeText @Size(max = 200) String nameAr,
            @Schema(example = "Follow-up office") @FreeText @Size(max = 200) String nameEn,
            @NotNull @Pattern(regexp = "ar|en", message = "must be ar or en") String preferredLanguage) {
    }

    /** Fields to change; an absent field stays as it is, collaboratorIds replaces the list. */
    public record ActionChange(Action.Priority priority, @InDateRange LocalDate dueDate,
                               @Size(max = 50) List<@NotNull UUID> collaboratorIds) {
    }
}
