package org.mutabaa.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query parameters so that a wrong value is a 400 problem naming the parameter (JAX-RS
 * would answer 404 for a value it cannot convert).
 */
public final class Params {

    /**
     * The highest page number a list answers (pages of at most 200 items): beyond it the offset
     * would not fit the database's row numbers.
     */
    public static final int MAX_PAGE = 1_000_000;


    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date such as 2027-03-31");
        }
        if (!org.mutabaa.platform.time.InDateRange.Validator.holds(date)) {
            throw ProblemException.invalidField(field, "must be between " + org.mutabaa.platform.time.InDateRange.FIRST
                    + " and " + org.mutabaa.platform.time.InDateRange.LAST);
        }
        return date;
    }
}
