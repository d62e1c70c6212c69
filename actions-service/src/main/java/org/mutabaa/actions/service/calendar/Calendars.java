package org.mutabaa.actions.service.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.AnnouncedHoliday;
import org.mutabaa.actions.domain.CountryCalendar;
import org.mutabaa.actions.domain.HolidayRule;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.AnnouncedHolidayRepository;
import org.mutabaa.actions.repository.CountryCalendarRepository;
import org.mutabaa.actions.repository.HolidayRuleRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working calendar of each country: weekend, holidays by rule, holidays announced or moved by
 * a secretariat of the country. A country without one works Monday to Friday with no holidays.
 */
@ApplicationScoped
public class Calendars {

    /** The week of a country this service has no calendar for. */
    public static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** One year of a country's calendar as it stands. */
    public record Year(String countryCode, boolean known, Set<DayOfWeek> weekend, int year, List<Day> holidays) {
    }

    /** A holiday of the year; {@code announced}, when a secretariat announced it rather than a rule giving it. */
    public record Day(LocalDate date, String nameAr, String nameEn, boolean announced) {
    }

    private static final WorkingCalendar DEFAULT = new WorkingCalendar(DEFAULT_WEEKEND, List.of(), List.of(), Set.of());

    /** How far before a changed day a due date may lie and still move (the longest run of days off it may end). */
    private static final int RESCHEDULE_BEFORE_DAYS = 62;

    /** A country's calendar as built, and the {@code updatedAt} it was built at. */
    private record Built(OffsetDateTime updatedAt, WorkingCalendar calendar) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private final ActionRepository actions;
    private final ActionsConfig config;
    private final CountryCalendarRepository calendars;
    private final HolidayRuleRepository rules;
    private final AnnouncedHolidayRepository announced;
    private final Access access;
    private final Now now;

    public Calendars(CountryCalendarRepository calendars, HolidayRuleRepository rules,
                     AnnouncedHolidayRepository announced, Access access, Now now, ActionRepository actions,
                     ActionsConfig config) {
        this.actions = actions;
        this.config = config;
        this.calendars = calendars;
        this.rules = rules;
        this.announced = announced;
        this.access = access;
        this.now = now;
    }

    /**
     * The country's calendar as it stands now (the default week when it has none). Each country's is
     * built once and kept while its {@code updatedAt} stands, which every change moves, whichever
     * replica made it.
     */
    @Transactional
    public WorkingCalendar of(String countryCode) {
        if (countryCode == null) {
            return DEFAULT;
        }
        return calendars.findByIdOptional(countryCode).map(c -> {
            Built kept = built.get(countryCode);
            if (kept != null && kept.updatedAt().isEqual(c.updatedAt)) {
                return kept.calendar();
            }
            WorkingCalendar calendar = build(c);
            built.put(countryCode, new Built(c.updatedAt, calendar));
            return calendar;
        }).orElse(DEFAULT);
    }

    private WorkingCalendar build(CountryCalendar c) {
        List<WorkingCalendar.Holiday> added = new ArrayList<>();
        Set<LocalDate> withdrawn = new HashSet<>();
        for (AnnouncedHoliday h : announced.list("key.countryCode", c.countryCode)) {
            if (h.observed) {
                added.add(new WorkingCalendar.Holiday(h.key.onDate(), h.nameAr, h.nameEn));
            } else {
                withdrawn.add(h.key.onDate());
            }
        }
        return new WorkingCalendar(c.weekendDays(), rules.list("countryCode", c.countryCode).stream()
                .map(HolidayRule::rule).toList(), added, withdrawn);
    }

    /**
     * Schedules the action's due date in the zone on its owner's country's calendar: when it is due
     * soon and when it is late, both counted in working days.
     */
    public void schedule(Action action, LocalDate due, String zone) {
        action.schedule(due, zone, due == null ? null : of(action.owner.countryCode), config.reminders().dueSoonLead());
    }

    /**
     * The country's calendar, read once for a pass over many actions: {@code byCountry} keeps what this
     * pass read (a null country: the default week).
     */
    public WorkingCalendar of(String countryCode, Map<String, WorkingCalendar> byCountry) {
        return byCountry.computeIfAbsent(String.valueOf(countryCode), c -> of(countryCode));
    }

    /** The deadlines of the action on its owner's country's calendar; empty without a due date. */
    public Optional<WorkingCalendar.Deadlines> deadlines(Action action, Map<String, WorkingCalendar> byCountry) {
        if (action.dueDate == null) {
            return Optional.empty();
        }
        return Optional.of(WorkingCalendar.Deadlines.of(of(action.owner.countryCode, byCountry), action.dueDate,
                action.timeZone));
    }

    /**
     * After a holiday is announced or withdrawn on {@code date}: the country's pending actions that
     * the change may move (due up to {@value #RESCHEDULE_BEFORE_DAYS} days before it, or later) are
     * scheduled again on the calendar as it now stands.
     */
    private void rescheduleAround(CountryCalendar calendar, LocalDate date) {
        announced.flush();
        calendar.updatedAt = now.get();
        built.remove(calendar.countryCode);
        WorkingCalendar changed = build(calendar);
        for (Action action : actions.pendingDueInCountrySince(calendar.countryCode,
                date.minusDays(RESCHEDULE_BEFORE_DAYS))) {
            action.schedule(action.dueDate, action.timeZone, changed, config.reminders().dueSoonLead());
        }
    }

    /** The calendars of these countries, each built once (a null country: the default week). */
    @Transactional
    public Map<String, WorkingCalendar> of(Set<String> countryCodes) {
        Map<String, WorkingCalendar> byCountry = new HashMap<>();
        countryCodes.forEach(code -> byCountry.put(code, of(code)));
        return byCountry;
    }

    /** The country's holidays of the year (this year, in UTC, when null). */
    @Transactional
    public Year year(String countryCode, Integer year) {
        checkCountry(countryCode);
        if (year == null) {
            year = now.get().getYear();
        }
        if (year < 1900 || year > 2200) {
            throw ProblemException.invalidField("year", "must be between 1900 and 2200");
        }
        WorkingCalendar calendar = of(countryCode);
        return new Year(countryCode, calendars.findByIdOptional(countryCode).isPresent(), calendar.weekend(), year,
                calendar.holidays(year).stream().map(h -> new Day(h.date(), h.nameAr(), h.nameEn(),
                        calendar.announced(h.date()))).toList());
    }

    /**
     * A secretariat of the country announces a holiday on a date (replacing what it announced for that
     * date before): the country's calendar counts it from now on.
     */
    @Transactional
    public Year announce(String countryCode, LocalDate date, String nameAr, String nameEn, UUID actor) {
        CountryCalendar calendar = editable(countryCode);
        if (of(countryCode).isWeekend(date)) {
            throw ProblemException.invalidField("date", "is a weekend day in " + countryCode + " already");
        }
        AnnouncedHoliday h = announced.findByIdOptional(new AnnouncedHoliday.Key(countryCode, date))
                .orElseGet(AnnouncedHoliday::new);
        h.key = new AnnouncedHoliday.Key(countryCode, date);
        h.observed = true;
        h.nameAr = nameAr;
        h.nameEn = nameEn;
        h.announcedBy = actor;
        h.announcedAt = now.get();
        announced.persist(h);
        rescheduleAround(calendar, date);
        return year(countryCode, date.getYear());
    }

    /**
     * A secretariat of the country takes a holiday off a date: an announced one is removed; one a rule
     * gives is marked as worked (the holiday moved, to be announced on its new date).
     */
    @Transactional
    public Year withdraw(String countryCode, LocalDate date, UUID actor) {
        CountryCalendar calendar = editable(countryCode);
        AnnouncedHoliday.Key key = new AnnouncedHoliday.Key(countryCode, date);
        AnnouncedHoliday existing = announced.findByIdOptional(key).orElse(null);
        if (existing != null && existing.observed) {
            announced.delete(existing);
            announced.flush();
        }
        WorkingCalendar rulesOnly = new WorkingCalendar(calendar.weekendDays(), rules.list("countryCode", countryCode)
                .stream().map(HolidayRule::rule).toList(), List.of(), Set.of());
        if (rulesOnly.holiday(date).isPresent()) {
            AnnouncedHoliday moved = existing != null && !existing.observed ? existing : new AnnouncedHoliday();
            moved.key = key;
            moved.observed = false;
            moved.announcedBy = actor;
            moved.announcedAt = now.get();
            announced.persist(moved);
        } else if (existing == null || !existing.observed) {
            throw ProblemException.notFound("holiday", countryCode + " " + date);
        }
        rescheduleAround(calendar, date);
        return year(countryCode, date.getYear());
    }

    private CountryCalendar editable(String countryCode) {
        checkCountry(countryCode);
        access.requireMayEditCalendar(countryCode);
        return calendars.findByIdOptional(countryCode)
                .orElseThrow(() -> ProblemException.notFound("working calendar", countryCode));
    }

    private static void checkCountry(String countryCode) {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw ProblemException.invalidField("countryCode", "must be an ISO 3166-1 alpha-2 code such as SY or OM");
        }
    }
}
