package org.mutabaa.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The rules of {@link Name} and {@link FreeText}; each answer names the offending character. */
public final class TextRules {

    private TextRules() {
    }

    /** Why the value is not an acceptable name, or empty when it is (null is, as "absent"). */
    public static Optional<String> nameProblem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (blank(value)) {
            return Optional.of("must not be empty; leave the field out instead");
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL) {
                return Optional.of("contains the control character " + describe(cp) + "; names may not");
            }
            if (type == Character.FORMAT) {
                return Optional.of("contains the invisible formatting character " + describe(cp)
                        + "; names may not (it can disguise or reverse a name)");
            }
            i += Character.charCount(cp);
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return Optional.of("must be in Unicode Normalization Form C (compose letters and their marks)");
        }
        return Optional.empty();
    }

    /** Empty, or nothing but spaces of any kind (a no-break space included). */
    private static boolean blank(String value) {
        return value.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Why the value is not acceptable free text, or empty when it is. */
    public static Optional<String> freeTextProblem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (blank(value)) {
            return Optional.of("must not be empty; leave the field out instead");
        }
        int open = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp == '\n' || cp == '\r' || cp == 0x2029) {
                if (open > 0) {
                    return unclosed();
                }
            } else if (cp != '\t' && Character.getType(cp) == Character.CONTROL) {
                return Optional.of("contains the control character " + describe(cp));
            } else if (opensBidi(cp)) {
                open++;
            } else if (cp == 0x202C || cp == 0x2069) {
                if (open == 0) {
                    return Optional.of("closes a bidirectional embedding or isolate (" + describe(cp)
                            + ") that was never opened");
                }
                open--;
            }
            i += Character.charCount(cp);
        }
        return open > 0 ? unclosed() : Optional.empty();
    }

    private static boolean opensBidi(int cp) {
        // LRE, RLE, LRO, RLO and LRI, RLI, FSI; not U+202C (PDF), which closes
        return cp == 0x202A || cp == 0x202B || cp == 0x202D || cp == 0x202E || (cp >= 0x2066 && cp <= 0x2068);
    }

    private static Optional<String> unclosed() {
        return Optional.of("leaves a bidirectional embedding, override or isolate open at the end of a line");
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    public static final class NameValidator implements ConstraintValidator<Name, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return report(nameProblem(value), context);
        }
    }

    public static final class FreeTextValidator implements ConstraintValidator<FreeText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return report(freeTextProblem(value), context);
        }
    }

    private static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(problem.get())).addConstraintViolation();
        return false;
    }

    /** Messages are templates: braces and dollar signs are taken literally. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
