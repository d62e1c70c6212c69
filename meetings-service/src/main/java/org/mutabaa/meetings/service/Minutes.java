package org.mutabaa.meetings.service;

import io.quarkus.qute.TemplateData;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;

import org.mutabaa.platform.time.ReadableDates;
import org.mutabaa.platform.time.WorkingCalendar;
import org.mutabaa.platform.time.ReadableDates.Digits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the minutes of a meeting show, in Arabic and English; each text falls back to the other
 * language when it is missing. Built inside a transaction, rendered after.
 */
@TemplateData
public record Minutes(String titleAr, String titleEn, Label kind, Label modality, String platform, String startsAr,
                      String startsEn, String timeZone, Label classification, Label status, List<Side> delegations,
                      List<Item> agenda, List<Entry> decisions) {

    /** A value in both languages. */
    @TemplateData
    public record Label(String ar, String en) {
    }

    @TemplateData
    public record Side(Label country, Label organisation, List<Person> participants) {
    }

    @TemplateData
    public record Person(Label name, Label role) {
    }

    @TemplateData
    public record Item(int position, Label title) {
    }

    @TemplateData
    public record Entry(int number, Integer agendaItem, Label type, Label status, Label text, Label dueDate,
                        List<Person> owners, List<Task> actionItems, List<Pair> counterparts) {
    }

    /** A lead and their counterpart on another delegation. */
    @TemplateData
    public record Pair(Person lead, Person counterpart) {
    }

    /** An explicit action item of a decision. */
    @TemplateData
    public record Task(int position, Label text, Person owner, Label dueDate) {
    }

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("BILATERAL", new Label("ثنائي", "Bilateral")),
            Map.entry("MULTILATERAL", new Label("متعدد الأطراف", "Multilateral")),
            Map.entry("INTERNAL", new Label("داخلي", "Internal")),
            Map.entry("IN_PERSON", new Label("حضوري", "In person")),
            Map.entry("VIRTUAL", new Label("افتراضي", "Virtual")),
            Map.entry("HYBRID", new Label("مختلط", "Hybrid")),
            Map.entry("PUBLIC", new Label("علني", "Public")),
            Map.entry("CONFIDENTIAL", new Label("سرّي", "Confidential")),
            Map.entry("SCHEDULED", new Label("مجدول", "Scheduled")),
            Map.entry("HELD", new Label("منعقد", "Held")),
            Map.entry("MINUTES_APPROVED", new Label("المحضر معتمد", "Minutes approved")),
            Map.entry("CANCELLED", new Label("ملغى", "Cancelled")),
            Map.entry("HEAD", new Label("رئيس الوفد", "Head of delegation")),
            Map.entry("MEMBER", new Label("عضو", "Member")),
            Map.entry("ADVISOR", new Label("مستشار", "Advisor")),
            Map.entry("SECRETARY", new Label("أمين السر", "Secretary")),
            Map.entry("AGREEMENT", new Label("اتفاق", "Agreement")),
            Map.entry("REQUEST", new Label("طلب", "Request")),
            Map.entry("COMMITMENT", new Label("التزام", "Commitment")),
            Map.entry("RECOMMENDATION", new Label("توصية", "Recommendation")),
            Map.entry("DIRECTIVE", new Label("توجيه", "Directive")),
            Map.entry("DRAFT", new Label("مسودة", "Draft")),
            Map.entry("ADOPTED", new Label("معتمد", "Adopted")),
            Map.entry("AMENDED", new Label("معدّل", "Amended")),
            Map.entry("REVOKED", new Label("ملغى", "Revoked")));

    /**
     * The minutes of {@code m}; dates as the recording organisation's country reads them in Arabic
     * (its month names, the Hijri date beside), and in English, on the meeting's clock.
     */
    public static Minutes of(Meeting m, List<Decision> decisions) {
        String country = m.delegations.stream()
                .filter(d -> d.organisation != null && d.organisation.id.equals(m.organisationId))
                .map(d -> d.countryCode).findFirst()
                .orElse(m.delegations.isEmpty() ? null : m.delegations.get(0).countryCode);
        ReadableDates ar = ReadableDates.forReader("ar", country, m.timeZone, Digits.WESTERN);
        ReadableDates en = ReadableDates.forReader("en", country, m.timeZone, Digits.WESTERN);
        List<Side> sides = m.delegations.stream().map(d -> new Side(country(d.countryCode),
                d.organisation == null ? null : both(d.organisation.nameAr, d.organisation.nameEn),
                d.participants.stream().map(p -> person(p.official, label(p.role))).toList())).toList();
        List<Item> agenda = m.agenda.stream().map(a -> new Item(a.position, both(a.titleAr, a.titleEn))).toList();
        List<Entry> entries = new ArrayList<>();
        for (Decision d : decisions) {
            entries.add(new Entry(entries.size() + 1, d.agendaItem == null ? null : d.agendaItem.position,
                    label(d.type), label(d.status), both(d.textAr, d.textEn),
                    d.dueDate == null && d.dueInWorkingDays != null ? workingDays(d.dueInWorkingDays)
                            : dates(ar, en, d.dueDate), owners(d),
                    d.actionItems.stream().map(i -> new Task(i.position, both(i.textAr, i.textEn),
                            i.ownerOfficial != null ? person(i.ownerOfficial, null) : organisation(i.ownerOrganisation),
                            dates(ar, en, i.dueDate))).toList(),
                    d.counterparts.stream().map(c -> new Pair(person(c.owner, null), person(c.counterpart, null)))
                            .toList()));
        }
        return new Minutes(either(m.titleAr, m.titleEn), either(m.titleEn, m.titleAr), label(m.kind),
                label(m.modality), m.platform, ar.dateTime(m.startsAt), en.dateTime(m.startsAt), m.timeZone,
                label(m.classification), label(m.status), sides, agenda, entries);
    }

    private static Label dates(ReadableDates ar, ReadableDates en, LocalDate date) {
        return date == null ? null : new Label(ar.date(date), en.date(date));
    }

    /** "Within N working days of the meeting", in both languages. */
    static Label workingDays(int n) {
        return new Label(WorkingCalendar.within(n, true), WorkingCalendar.within(n, false));
    }

    /** Officials first, then organisations that own the follow-up until a person is named. */
    private static List<Person> owners(Decision d) {
        List<Person> owners = new ArrayList<>(d.owners.stream().map(o -> person(o, null)).toList());
        d.ownerOrganisations.forEach(o -> owners.add(organisation(o)));
        return owners;
    }

    private static Person organisation(Organisation o) {
        return new Person(both(o.nameAr, o.nameEn), null);
    }

    private static Label label(Enum<?> value) {
        return LABELS.get(value.name());
    }

    private static Label country(String code) {
        Locale country = new Locale.Builder().setRegion(code).build();
        return new Label(country.getDisplayCountry(ARABIC), country.getDisplayCountry(Locale.ENGLISH));
    }

    /** A name with its title where both are known, else whichever is. */
    private static Person person(Official o, Label role) {
        String ar = o.nameAr != null && o.titleAr != null ? o.nameAr + "، " + o.titleAr
                : either(o.nameAr, o.titleAr, o.nameEn, o.titleEn);
        String en = o.nameEn != null && o.titleEn != null ? o.nameEn + ", " + o.titleEn
                : either(o.nameEn, o.titleEn, o.nameAr, o.titleAr);
        return new Person(new Label(ar, en), role);
    }

    private static Label both(String ar, String en) {
        return new Label(either(ar, en), either(en, ar));
    }

    static String either(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}
