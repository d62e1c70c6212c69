package org.mutabaa.platform.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A country's working days: its weekend, its public holidays by rule (a Gregorian month and day, or
 * an Islamic one placed with the JDK's Umm al-Qura {@link HijrahChronology}, for one or more days),
 * and the holidays announced for a date (added) or taken back (a rule's day moved). Immutable; the
 * holidays of each year are worked out once, on first use.
 */
public final class WorkingCalendar {

    /** The longest run of days off this calendar walks through before it gives up (a misconfigured week). */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 60;

    public enum Kind { GREGORIAN, HIJRI }

    /** A public holiday on a day. */
    public record Holiday(LocalDate date, String nameAr, String nameEn) {
    }

    /** A holiday every year: on {@code month}/{@code day} of its calendar, for {@code days} days. */
    public record Rule(Kind kind, int month, int day, int days, String nameAr, String nameEn) {

        /** The days this rule gives in the Gregorian year (an Islamic holiday may fall twice in one). */
        List<Holiday> in(int year) {
            List<Holiday> holidays = new ArrayList<>();
            for (LocalDate first : firstDays(year)) {
                for (int i = 0; i < Math.max(1, days); i++) {
                    LocalDate date = first.plusDays(i);
                    if (date.getYear() == year) {
                        holidays.add(new Holiday(date, nameAr, nameEn));
                    }
                }
            }
            return holidays;
        }

        private List<LocalDate> firstDays(int year) {
            List<LocalDate> firsts = new ArrayList<>();
            if (kind == Kind.GREGORIAN) {
                for (int y = year - 1; y <= year; y++) {
                    try {
                        firsts.add(LocalDate.of(y, month, day));
                    } catch (DateTimeException e) {
                        // 29 February in a common year: no holiday that year.
                    }
                }
                return firsts;
            }
            try {
                int from = HijrahDate.from(LocalDate.of(year, 1, 1)).minus(1, ChronoUnit.YEARS)
                        .get(ChronoField.YEAR);
                int to = HijrahDate.from(LocalDate.of(year, 12, 31)).get(ChronoField.YEAR);
                for (int h = from; h <= to; h++) {
                    try {
                        firsts.add(LocalDate.from(HijrahChronology.INSTANCE.date(h, month, day)));
                    } catch (DateTimeException e) {
                        // The 30th of a 29-day month that year, or a year past the Umm al-Qura table.
                    }
                }
            } catch (DateTimeException e) {
                // A year past the Umm al-Qura table: its Islamic holidays are not known.
            }
            return firsts;
        }
    }

    private final Set<DayOfWeek> weekend;
    private final List<Rule> rules;
    private final Map<LocalDate, Holiday> announced;
    private final Set<LocalDate> withdrawn;
    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    /**
     * @param weekend   the days off each week
     * @param rules     the holidays every year
     * @param announced holidays announced for a date, beside the rules
     * @param withdrawn dates a rule gives that are working days after all (the holiday was moved)
     */
    public WorkingCalendar(Set<DayOfWeek> weekend, List<Rule> rules, List<Holiday> announced, Set<LocalDate> withdrawn) {
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a week needs a working day");
        }
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.rules = List.copyOf(rules);
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        announced.forEach(h -> byDate.put(h.date(), h));
        this.announced = Map.copyOf(byDate);
        this.withdrawn = Set.copyOf(withdrawn);
    }

    public Set<DayOfWeek> weekend() {
        return Set.copyOf(weekend);
    }

    /** The holiday on this date, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    /** The year's holidays in date order. */
    public List<Holiday> holidays(int year) {
        return year(year).values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /** Whether the holiday on this date was announced for it rather than given by a rule. */
    public boolean announced(LocalDate date) {
        return announced.containsKey(date);
    }

    public boolean isWeekend(LocalDate date) {
        return weekend.contains(date.getDayOfWeek());
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holiday(date).isEmpty();
    }

    /** The {@code n}-th working day after {@code from} (not counting {@code from}); {@code from} itself for 0. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; ) {
            date = nextWorkingDay(date);
            counted++;
        }
        return date;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayFrom(date, 1);
    }

    /** The first working day from {@code date} in the direction of {@code step} (1 after, -1 before), not counting it. */
    private LocalDate workingDayFrom(LocalDate date, int step) {
        LocalDate day = date.plusDays(step);
        for (int off = 0; !isWorkingDay(day); off++) {
            if (off > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("more than " + MAX_DAYS_OFF_IN_A_ROW + " days off in a row "
                        + (step > 0 ? "after " : "before ") + date);
            }
            day = day.plusDays(step);
        }
        return day;
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return workingDayFrom(date, -1);
    }

    /** The {@code n}-th working day before {@code from} (not counting {@code from}); {@code from} itself for 0. */
    public LocalDate minusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; counted++) {
            date = previousWorkingDay(date);
        }
        return date;
    }

    /**
     * Deadlines counted in working days, for something due on {@code due} by the end of that day in
     * {@code zone}. It is late from the start of the first working day after the due date (a weekend or
     * a holiday after it gives more time, as nobody works on it); it is due soon from the start of the
     * working day {@code lead} whole working days before that (less the lead's part of a day); and it
     * has been late {@code after} once that many whole working days of lateness have passed.
     */
    public record Deadlines(WorkingCalendar calendar, ZoneId zone, LocalDate lateDay) {

        public static Deadlines of(WorkingCalendar calendar, LocalDate due, String zone) {
            return new Deadlines(calendar, ZoneId.of(zone), calendar.nextWorkingDay(due));
        }

        /** The first instant it is late. */
        public OffsetDateTime lateFrom() {
            return start(lateDay);
        }

        /** The first instant it is due soon, with {@code lead} left before it is late. */
        public OffsetDateTime dueSoonFrom(Duration lead) {
            Duration part = lead.minusDays(lead.toDays());
            return start(calendar.minusWorkingDays(lateDay, (int) Math.min(lead.toDays(), 366))).minus(part);
        }

        /** The first instant it has been late for {@code after}, whole days counted as working days. */
        public OffsetDateTime lateFor(Duration after) {
            Duration part = after.minusDays(after.toDays());
            return start(calendar.plusWorkingDays(lateDay, (int) Math.min(after.toDays(), 366))).plus(part);
        }

        /** How many working days it has been late at {@code at}, the day it became late counting as one; 0 before. */
        public long workingDaysLate(OffsetDateTime at) {
            LocalDate today = at.atZoneSameInstant(zone).toLocalDate();
            if (today.isBefore(lateDay)) {
                return 0;
            }
            return 1 + calendar.workingDaysBetween(lateDay, today);
        }

        private OffsetDateTime start(LocalDate day) {
            return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    /** How many working days there are after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * "Within N working days of the meeting", as a due date given in working days reads; the Arabic
     * noun takes the number's form (يوم عمل واحد، يومَي عمل، 3–10 أيام عمل، 11 يوم عمل فأكثر).
     */
    public static String within(int n, boolean arabic) {
        if (!arabic) {
            return "within " + n + (n == 1 ? " working day" : " working days") + " of the meeting";
        }
        return switch (n) {
            case 1 -> "خلال يوم عمل واحد من الاجتماع";
            case 2 -> "خلال يومَي عمل من الاجتماع";
            default -> n <= 10 ? "خلال " + n + " أيام عمل من الاجتماع" : "خلال " + n + " يوم عمل من الاجتماع";
        };
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, y -> {
            Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
            for (Rule rule : rules) {
                for (Holiday h : rule.in(y)) {
                    if (!withdrawn.contains(h.date())) {
                        holidays.putIfAbsent(h.date(), h);
                    }
                }
            }
            announced.values().stream().filter(h -> h.date().getYear() == y).forEach(h -> holidays.put(h.date(), h));
            return holidays;
        });
    }
}
