package org.mutabaa.platform.time;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * A date (or a date and time) the product can work with: from {@value #FIRST} to {@value #LAST}.
 * A year 0 or 9999 is a typing slip, and no event, calendar or reminder should carry it.
 */
@Documented
@Constraint(validatedBy = InDateRange.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InDateRange {

    String FIRST = "1900-01-01";
    String LAST = "2199-12-31";

    String message() default "must be between " + FIRST + " and " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InDateRange, TemporalAccessor> {

        private static final LocalDate FIRST_DAY = LocalDate.parse(FIRST);
        private static final LocalDate LAST_DAY = LocalDate.parse(LAST);

        /** Whether {@code date} lies in the range; null does (absent). */
        public static boolean holds(LocalDate date) {
            return date == null || !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
        }

        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            if (value instanceof OffsetDateTime t) {
                return holds(t.toLocalDate());
            }
            if (value instanceof LocalDate d) {
                return holds(d);
            }
            return true;
        }
    }
}
