package org.mutabaa.actions.service.reports;

import io.quarkus.qute.TemplateData;
import org.mutabaa.actions.service.reports.OrganisationReport.Counts;
import org.mutabaa.actions.service.reports.OrganisationReport.State;
import org.mutabaa.platform.time.ReadableDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A report as its documents show it: every line in Arabic and English, dates as each reads them
 * (both calendars; the month names of the organisation's country), counts as text.
 */
@TemplateData
public record ReportPage(String titleAr, String titleEn, String periodAr, String periodEn, String asOfAr,
                         String asOfEn, String previousAr, String previousEn, String generatedAr, String generatedEn,
                         int atRiskDays, List<SummaryRow> summary, int total, int previousTotal, String totalTrend,
                         List<LateRow> late, List<StateHead> stateHeads, List<GroupRow> meetings,
                         List<GroupRow> countries, List<DecisionRows> decisions) {

    /** Isolates a left-to-right token (a period's label) inside Arabic text, so that it is not turned around. */
    static final String LTR = "\u2066";
    static final String END = "\u2069";

    /** The states a report counts, in the order it shows them. */
    static final List<State> SHOWN = List.of(State.ON_TRACK, State.AT_RISK, State.LATE, State.DONE, State.VERIFIED);

    @TemplateData
    public record SummaryRow(String state, String ar, String en, int count, int previous, String trend,
                             String trendClass, int percent) {
    }

    @TemplateData
    public record LateRow(String titleAr, String titleEn, String ownerAr, String ownerEn, String dueAr, long days) {
    }

    @TemplateData
    public record StateHead(String ar, String en) {
    }

    @TemplateData
    public record GroupRow(String ar, String en, List<Integer> counts) {
    }

    @TemplateData
    public record DecisionRows(String textAr, String textEn, String meetingAr, String meetingEn, List<ActionRow> actions) {
    }

    @TemplateData
    public record ActionRow(UUID id, String titleAr, String titleEn, String ownerAr, String ownerEn, String dueAr,
                            String dueEn, String state, String stateAr, String stateEn, int progress) {
    }

    public static ReportPage of(OrganisationReport r) {
        String country = r.organisation().countryCode();
        ReadableDates ar = ReadableDates.forReader("ar", country, "UTC", ReadableDates.Digits.WESTERN);
        ReadableDates en = ReadableDates.forReader("en", country, "UTC", ReadableDates.Digits.WESTERN);
        Period p = r.period();
        Period q = r.previousPeriod();
        int biggest = Math.max(1, SHOWN.stream().mapToInt(s -> r.totals().of(s)).max().orElse(1));
        List<SummaryRow> summary = SHOWN.stream().map(s -> new SummaryRow(s.name(), s.ar, s.en, r.totals().of(s),
                r.previous().of(s), trend(r.totals().of(s) - r.previous().of(s)),
                r.totals().of(s) > r.previous().of(s) ? "up" : r.totals().of(s) < r.previous().of(s) ? "down" : "",
                100 * r.totals().of(s) / biggest)).toList();
        return new ReportPage(
                "تقرير المتابعة: " + or(r.organisation().nameAr(), r.organisation().nameEn()),
                "Follow-up report: " + or(r.organisation().nameEn(), r.organisation().nameAr()),
                ar.gregorian(p.from()) + " – " + ar.gregorian(p.to()) + " (" + LTR + p.label() + END + ")",
                en.gregorian(p.from()) + " – " + en.gregorian(p.to()) + " (" + p.label() + ")",
                ar.dateTime(r.asOf()), en.dateTime(r.asOf()),
                ar.gregorian(q.from()) + " – " + ar.gregorian(q.to()),
                en.gregorian(q.from()) + " – " + en.gregorian(q.to()),
                ar.dateTime(r.generatedAt()), en.dateTime(r.generatedAt()), r.atRiskWorkingDays(), summary,
                r.totals().total(), r.previous().total(), trend(r.totals().total() - r.previous().total()),
                r.oldestLate().stream().map(i -> new LateRow(i.titleAr(), i.titleEn(), i.ownerAr(), i.ownerEn(),
                        date(ar, i.dueDate()), i.workingDaysLate())).toList(),
                SHOWN.stream().map(s -> new StateHead(s.ar, s.en)).toList(),
                r.byMeeting().stream().map(g -> new GroupRow(or(g.labelAr(), g.labelEn()), or(g.labelEn(), g.labelAr()),
                        counts(g.counts()))).toList(),
                r.byCountry().stream().map(g -> new GroupRow(countryName(g.key(), "ar"), countryName(g.key(), "en"),
                        counts(g.counts()))).toList(),
                r.decisions().stream().map(d -> new DecisionRows(or(d.textAr(), d.textEn()), or(d.textEn(), d.textAr()),
                        or(d.meetingTitleAr(), d.meetingTitleEn()), or(d.meetingTitleEn(), d.meetingTitleAr()),
                        d.actions().stream().map(a -> new ActionRow(a.actionId(), or(a.titleAr(), a.titleEn()),
                                or(a.titleEn(), a.titleAr()), or(a.ownerAr(), a.ownerEn()), or(a.ownerEn(), a.ownerAr()),
                                date(ar, a.dueDate()), date(en, a.dueDate()), a.state().name(), a.state().ar,
                                a.state().en, a.progress())).toList())).toList());
    }

    static List<Integer> counts(Counts c) {
        return SHOWN.stream().map(c::of).toList();
    }

    static String trend(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "0";
    }

    static String date(ReadableDates dates, LocalDate day) {
        return day == null ? "—" : dates.gregorian(day);
    }

    /** A country's name in Arabic or English ({@code —} for owners of no country). */
    static String countryName(String code, String language) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }

}
