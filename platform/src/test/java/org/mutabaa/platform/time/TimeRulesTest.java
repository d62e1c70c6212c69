package org.mutabaa.platform.time;

import org.junit.jupiter.api.Test;
import org.mutabaa.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates the product works with, and the time zones officials live in. */
class TimeRulesTest {

    final InDateRange.Validator range = new InDateRange.Validator();

    @Test
    void datesFrom1900To2199AreInRangeWhateverTheirType() {
        assertThat(range.isValid(LocalDate.of(1900, 1, 1), null)).isTrue();
        assertThat(range.isValid(LocalDate.of(2199, 12, 31), null)).isTrue();
        assertThat(range.isValid(OffsetDateTime.of(2026, 11, 27, 11, 0, 0, 0, ZoneOffset.ofHours(3)), null)).isTrue();
        assertThat(range.isValid(null, null)).isTrue();
        assertThat(range.isValid(LocalDate.of(0, 1, 1), null)).isFalse();
        assertThat(range.isValid(LocalDate.of(1899, 12, 31), null)).isFalse();
        assertThat(range.isValid(OffsetDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null)).isFalse();
    }

    @Test
    void zonesAreIanaNamesAndAnUnknownOneIsAProblemNamingTheField() {
        assertThat(Zones.valid("Asia/Damascus")).contains("Asia/Damascus");
        assertThat(Zones.valid("Asia/Muscat")).contains("Asia/Muscat");
        assertThat(Zones.valid("Mars/Olympus")).isEmpty();
        assertThat(Zones.valid(" ")).isEmpty();
        assertThat(Zones.checked("timeZone", null)).isNull();
        assertThatThrownBy(() -> Zones.checked("timeZone", "Damascus")).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("timeZone: unknown time zone Damascus");
    }
}
