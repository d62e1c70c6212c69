package org.mutabaa.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text (a decision, a comment, a reason): kept byte for byte, whatever its normalization
 * form, diacritics, emoji or mixed scripts, but without control characters other than tab, line
 * feed and carriage return, and with every bidirectional embedding, override or isolate closed
 * within its line, so that no text can reverse what follows it on screen. Not empty or blank:
 * a text given says something (leave the field out otherwise).
 */
@Documented
@Constraint(validatedBy = TextRules.FreeTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
