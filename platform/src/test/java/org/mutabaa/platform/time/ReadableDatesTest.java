package org.mutabaa.platform.time;

import org.junit.jupiter.api.Test;
import org.mutabaa.platform.time.ReadableDates.Digits;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableDatesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Test
    void aSyrianReaderSeesTheLevantineMonthAndTheHijriDate() {
        // 31 March 2027 is a Wednesday, 23 Shawwal 1448 in the Umm al-Qura calendar.
        assertThat(ReadableDates.forReader("ar", "SY", "Asia/Damascus", Digits.WESTERN).date(DUE))
                .isEqualTo("الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ");
    }

    @Test
    void levantineMonthNamesInJordanLebanonPalestineAndIraqAndTheOthersElsewhere() {
        for (String country : new String[] {"JO", "LB", "PS", "IQ"}) {
            assertThat(ReadableDates.forReader("ar", country, null, Digits.WESTERN).gregorian(DUE))
                    .as(country).isEqualTo("الأربعاء 31 آذار 2027");
        }
        for (String country : new String[] {"OM", "EG", "SA", null}) {
            assertThat(ReadableDates.forReader("ar", country, null, Digits.WESTERN).gregorian(DUE))
                    .as(String.valueOf(country)).isEqualTo("الأربعاء 31 مارس 2027");
        }
        assertThat(ReadableDates.forReader("ar", "SY", null, Digits.WESTERN).gregorian(LocalDate.of(2027, 1, 10)))
                .isEqualTo("الأحد 10 كانون الثاني 2027");
    }

    @Test
    void publishedUmmAlQuraDatesComeOutRight() {
        ReadableDates ar = ReadableDates.forReader("ar", "OM", null, Digits.WESTERN);
        // 1 Ramadan 1447, 1 Shawwal 1447 (Eid al-Fitr), 10 Dhu al-Hijjah 1447 (Eid al-Adha).
        assertThat(ar.hijri(LocalDate.of(2026, 2, 18))).isEqualTo("1 رمضان 1447 هـ");
        assertThat(ar.hijri(LocalDate.of(2026, 3, 20))).isEqualTo("1 شوال 1447 هـ");
        assertThat(ar.hijri(LocalDate.of(2026, 5, 27))).isEqualTo("10 ذو الحجة 1447 هـ");
    }

    @Test
    void englishReadersGetEnglishNamesAndBothCalendars() {
        assertThat(ReadableDates.forReader("en", "OM", "Asia/Muscat", Digits.WESTERN).date(DUE))
                .isEqualTo("Wednesday 31 March 2027 (23 Shawwal 1448 AH)");
    }

    @Test
    void aTimeIsShownOnTheReadersClockAndCalendar() {
        // 21:30 UTC on 31 March is already 1 April in Damascus (UTC+3) and Muscat (UTC+4).
        OffsetDateTime at = OffsetDateTime.parse("2027-03-31T21:30:00Z");
        assertThat(ReadableDates.forReader("ar", "SY", "Asia/Damascus", Digits.WESTERN).dateTime(at))
                .isEqualTo("الخميس 1 نيسان 2027 الموافق 24 شوال 1448 هـ، الساعة 00:30 (Asia/Damascus)");
        assertThat(ReadableDates.forReader("en", "OM", "Asia/Muscat", Digits.WESTERN).dateTime(at))
                .isEqualTo("Thursday 1 April 2027 (24 Shawwal 1448 AH), 01:30 (Asia/Muscat)");
        assertThat(ReadableDates.forReader("ar", "SY", "Not/AZone", Digits.WESTERN).dateTime(at))
                .endsWith("الساعة 21:30 (UTC)");
    }

    @Test
    void arabicIndicDigitsOnlyForAReaderWhoPrefersThem() {
        assertThat(ReadableDates.forReader("ar", "SY", "Asia/Damascus", Digits.ARABIC_INDIC).date(DUE))
                .isEqualTo("الأربعاء ٣١ آذار ٢٠٢٧ الموافق ٢٣ شوال ١٤٤٨ هـ");
        assertThat(Digits.of("ARABIC_INDIC")).isEqualTo(Digits.ARABIC_INDIC);
        assertThat(Digits.of(null)).isEqualTo(Digits.WESTERN);
    }

    @Test
    void aDateBeyondTheHijriTableShowsTheGregorianOnly() {
        assertThat(ReadableDates.forReader("ar", "SY", null, Digits.WESTERN).date(LocalDate.of(2199, 12, 31)))
                .isEqualTo("الثلاثاء 31 كانون الأول 2199");
        assertThat(ReadableDates.forReader("ar", "SY", null, Digits.WESTERN).date(null)).isNull();
    }
}
