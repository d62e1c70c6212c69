package org.mutabaa.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and times as a reader reads them: weekday, day, month name and year in the reader's language,
 * with the month names of the reader's country (آذار in Syria, Jordan, Lebanon, Palestine and Iraq,
 * مارس elsewhere), the time in the reader's zone, and the Hijri date (Umm al-Qura) beside the
 * Gregorian one, as official Arabic letters give it ("... الموافق ..."). The names come from the JDK's
 * CLDR data and the Hijri date from its {@link HijrahChronology}; digits are Western unless the reader
 * prefers Arabic-Indic ones.
 */
public final class ReadableDates {

    /** The digits a reader prefers. */
    public enum Digits {
        WESTERN, ARABIC_INDIC;

        /** The value stored or sent; WESTERN when blank or unknown. */
        public static Digits of(String value) {
            return "ARABIC_INDIC".equals(value) ? ARABIC_INDIC : WESTERN;
        }
    }

    private final boolean arabic;
    private final ZoneId zone;
    private final DateTimeFormatter gregorian;
    private final DateTimeFormatter hijri;
    private final DateTimeFormatter time;

    /** The three formatters of a locale and digits, built once: they are immutable and thread-safe. */
    private record Formatters(DateTimeFormatter gregorian, DateTimeFormatter hijri, DateTimeFormatter time) {
    }

    private static final Map<String, Formatters> FORMATTERS = new ConcurrentHashMap<>();

    private ReadableDates(boolean arabic, Locale locale, ZoneId zone, Digits digits) {
        this.arabic = arabic;
        this.zone = zone;
        Formatters f = FORMATTERS.computeIfAbsent(locale.toLanguageTag() + "/" + digits, key -> {
            DecimalStyle style = digits == Digits.ARABIC_INDIC ? DecimalStyle.STANDARD.withZeroDigit('٠')
                    : DecimalStyle.STANDARD;
            return new Formatters(DateTimeFormatter.ofPattern("EEEE d MMMM y", locale).withDecimalStyle(style),
                    DateTimeFormatter.ofPattern("d MMMM y G", locale).withChronology(HijrahChronology.INSTANCE)
                            .withDecimalStyle(style),
                    DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(style));
        });
        this.gregorian = f.gregorian();
        this.hijri = f.hijri();
        this.time = f.time();
    }

    /**
     * For a reader of {@code language} ("ar", else English) from {@code countryCode} (ISO 3166 alpha-2,
     * may be null) in {@code zone} (an IANA name; UTC when null or unknown).
     */
    public static ReadableDates forReader(String language, String countryCode, String zone, Digits digits) {
        boolean arabic = "ar".equals(language);
        Locale.Builder locale = new Locale.Builder().setLanguage(arabic ? "ar" : "en");
        if (arabic && countryCode != null && countryCode.matches("[A-Za-z]{2}")) {
            locale.setRegion(countryCode);
        }
        return new ReadableDates(arabic, locale.build(), ZoneId.of(Zones.valid(zone).orElse("UTC")),
                digits == null ? Digits.WESTERN : digits);
    }

    /** "الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ", "Wednesday 31 March 2027 (23 Shawwal 1448 AH)"; null for null. */
    public String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        String hijriDate = hijri(date);
        String gregorianDate = gregorian.format(date);
        if (hijriDate == null) {
            return gregorianDate;
        }
        return arabic ? gregorianDate + " الموافق " + hijriDate : gregorianDate + " (" + hijriDate + ")";
    }

    /**
     * The instant on the reader's local calendar and clock, with the zone named:
     * "الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ، الساعة 10:30 (Asia/Damascus)",
     * "Wednesday 31 March 2027 (23 Shawwal 1448 AH), 10:30 (Asia/Damascus)"; null for null.
     */
    public String dateTime(OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        ZonedDateTime local = at.atZoneSameInstant(zone);
        String clock = time.format(local) + " (" + zone.getId() + ")";
        return arabic ? date(local.toLocalDate()) + "، الساعة " + clock : date(local.toLocalDate()) + ", " + clock;
    }

    /** Only the Gregorian part: "الأربعاء 31 آذار 2027", "Wednesday 31 March 2027". */
    public String gregorian(LocalDate date) {
        return date == null ? null : gregorian.format(date);
    }

    /** The Hijri (Umm al-Qura) date, or null outside the years the JDK's table covers (1300–1600 AH). */
    public String hijri(LocalDate date) {
        try {
            return hijri.format(HijrahDate.from(date));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
