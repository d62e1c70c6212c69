package org.mutabaa.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** What a name and a free text may hold: the seed meeting's Arabic as typed, nothing that hides or reverses. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"إياد الخطيب", "سعيد المعولي", "وكيل وزارة النقل والاتّصالات المسؤول عن الحكومة الإلكترونية",
            "Iyad al-Khatib", "مُحَمَّد الأَحْمَد 🇸🇾", "O'Brien", "Zoom (منصة زوم)"})
    void namesAsPeopleWriteThemAreAccepted(String name) {
        assertThat(TextRules.nameProblem(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00a0", "\u3000 ", "إياد\u200fالخطيب", "إياد\u202eالخطيب", "إياد\u200bالخطيب",
            "\ufeffإياد", "إياد\tالخطيب", "إياد\nالخطيب", "إياد\u0007"})
    void emptyBlankHiddenOrControlCharactersAreRefusedInNames(String name) {
        assertThat(TextRules.nameProblem(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"e\u0301", "\u0627\u0653"})
    void namesMustBeComposed(String decomposed) {
        assertThat(TextRules.nameProblem(decomposed)).hasValueSatisfying(p -> assertThat(p).contains("Form C"));
        assertThat(TextRules.nameProblem(Normalizer.normalize(decomposed, Normalizer.Form.NFC))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"الجانب السوري طلب من الجانب العماني التعاون.\nسطر ثان\tمع جدولة",
            "e\u0301 as typed", "اسم \u2067Zoom\u2069 داخل عزل مغلق", "\u202bمضمّن\u202c ثم نص", "CRLF\r\nline"})
    void freeTextKeepsWhatWasTypedIncludingClosedIsolates(String text) {
        assertThat(TextRules.freeTextProblem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0\n", "تم التنفيذ \u202eلم يتم", "\u2067مفتوح\nسطر", "نص\u2069", "نص\u0000",
            "نص\u001b[31m"})
    void freeTextRefusesBlanksControlsAndBidiLeftOpenOrClosedUnopened(String text) {
        assertThat(TextRules.freeTextProblem(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{x}", "${7*7}", "$"})
    void nullIsAbsentNotAProblem(String unused) {
        assertThat(TextRules.nameProblem(null)).isEmpty();
        assertThat(TextRules.freeTextProblem(null)).isEmpty();
        assertThat(TextRules.freeTextProblem(unused)).isEmpty();
    }
}
