package org.mutabaa.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or a title people recognise one another by (an official, an organisation, a meeting):
 * in Unicode Normalization Form C, without control characters and without invisible formatting
 * characters (bidirectional marks, embeddings, overrides and isolates, zero-width characters, the
 * byte order mark), which could make two names look alike or one read backwards; not empty or
 * blank. Stored as sent.
 */
@Documented
@Constraint(validatedBy = TextRules.NameValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Name {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
