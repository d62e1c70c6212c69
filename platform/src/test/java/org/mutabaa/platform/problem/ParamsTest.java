package org.mutabaa.platform.problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Query parameters: a date in the stated range, or a problem naming the parameter. */
class ParamsTest {

    @Test
    void datesInTheRangeAreRead() {
        assertThat(Params.date("dueBefore", "2027-03-31")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Params.date("from", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Params.date("to", "2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(Params.date("from", null)).isNull();
        assertThat(Params.date("from", " ")).isNull();
    }

    @Test
    void datesOutsideTheRangeOrMalformedAreProblemsNamingTheParameter() {
        for (String bad : new String[] {"0000-01-01", "1899-12-31", "2200-01-01", "+10000-01-01"}) {
            assertThatThrownBy(() -> Params.date("from", bad)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).toProblem().errors())
                            .singleElement().satisfies(f -> {
                                assertThat(f.field()).isEqualTo("from");
                                assertThat(f.message()).isEqualTo("must be between 1900-01-01 and 2199-12-31");
                            }));
        }
        assertThatThrownBy(() -> Params.date("to", "31/03/2027")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("to: must be a date");
    }

    @Test
    void theLastPageStillFitsTheDatabasesRowNumbers() {
        assertThat((long) Params.MAX_PAGE * 200).isLessThan(Integer.MAX_VALUE);
    }
}
