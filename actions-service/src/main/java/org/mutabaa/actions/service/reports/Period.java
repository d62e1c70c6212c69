package org.mutabaa.actions.service.reports;

import org.mutabaa.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, {@code from} to {@code to} inclusive: a quarter ({@code 2027-Q1}) or any
 * span of days; the previous period is as long and ends the day before.
 */
public record Period(LocalDate from, LocalDate to, String label) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The longest span a report covers. */
    static final int MAX_DAYS = 731;

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    /** The quarter a day falls in. */
    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /**
     * The period a request names: {@code period} (a quarter, YYYY-Qn), or {@code from} and {@code to}
     * (YYYY-MM-DD, inclusive), or else the last quarter that has ended by {@code today}.
     */
    public static Period of(String period, String from, String to, LocalDate today) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.invalidField("period", "give a quarter or from and to, not both");
            }
            Matcher m = QUARTER.matcher(period.trim());
            if (!m.matches()) {
                throw ProblemException.invalidField("period", "must be a quarter such as 2027-Q1");
            }
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (from == null && to == null) {
            return quarterOf(today).previous();
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "makes a period longer than two years");
        }
        return new Period(start, end, start + "_" + end);
    }

    /** The period as long as this one that ends the day before it: the quarter before a quarter. */
    public Period previous() {
        Matcher m = QUARTER.matcher(label);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            return q == 1 ? quarter(year - 1, 4) : quarter(year, q - 1);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate end = from.minusDays(1);
        LocalDate start = end.minusDays(days);
        return new Period(start, end, start + "_" + end);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required with " + (field.equals("from") ? "to" : "from"));
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date as YYYY-MM-DD");
        }
    }
}
