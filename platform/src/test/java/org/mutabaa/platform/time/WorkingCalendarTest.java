package org.mutabaa.platform.time;

import org.junit.jupiter.api.Test;
import org.mutabaa.platform.time.WorkingCalendar.Holiday;
import org.mutabaa.platform.time.WorkingCalendar.Kind;
import org.mutabaa.platform.time.WorkingCalendar.Rule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days of a country: its weekend, fixed and Islamic holidays, and holidays announced or moved. */
class WorkingCalendarTest {

    static final Set<DayOfWeek> FRIDAY_SATURDAY = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    static final Rule EID_AL_FITR = new Rule(Kind.HIJRI, 10, 1, 3, "عيد الفطر", "Eid al-Fitr");
    static final Rule EID_AL_ADHA = new Rule(Kind.HIJRI, 12, 10, 4, "عيد الأضحى", "Eid al-Adha");
    static final Rule MOTHERS_DAY = new Rule(Kind.GREGORIAN, 3, 21, 1, "عيد الأم", "Mother's Day");

    final WorkingCalendar syria = new WorkingCalendar(FRIDAY_SATURDAY, List.of(EID_AL_FITR, EID_AL_ADHA, MOTHERS_DAY),
            List.of(), Set.of());
    final WorkingCalendar oman = new WorkingCalendar(FRIDAY_SATURDAY, List.of(EID_AL_FITR, EID_AL_ADHA), List.of(),
            Set.of());

    @Test
    void islamicHolidaysFallOnTheirUmmAlQuraDays() {
        // 1 Shawwal 1447 was Friday 20 March 2026; 1 Shawwal 1448 is Tuesday 9 March 2027.
        assertThat(syria.holiday(LocalDate.of(2026, 3, 20))).map(Holiday::nameAr).contains("عيد الفطر");
        assertThat(syria.holidays(2027)).extracting(Holiday::date).contains(LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11)).doesNotContain(LocalDate.of(2027, 3, 12));
        // 10 Dhu al-Hijjah 1447 was 27 May 2026; four days of Eid al-Adha.
        assertThat(syria.holidays(2026)).extracting(Holiday::date).contains(LocalDate.of(2026, 5, 27),
                LocalDate.of(2026, 5, 30)).doesNotContain(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 26));
        // Where the Umm al-Qura table ends, its Islamic holidays are not known: no holiday, no failure.
        assertThat(syria.holidays(2200)).extracting(Holiday::nameEn).containsOnly("Mother's Day");
    }

    @Test
    void tenWorkingDaysAfterAMeetingLandOnEachCountrysDay() {
        // Thursday 4 March 2027: Eid al-Fitr (9–11 March) in both, Mother's Day (Sunday 21 March) in Syria.
        LocalDate meeting = LocalDate.of(2027, 3, 4);
        assertThat(syria.plusWorkingDays(meeting, 10)).isEqualTo(LocalDate.of(2027, 3, 24));
        assertThat(oman.plusWorkingDays(meeting, 10)).isEqualTo(LocalDate.of(2027, 3, 23));
        assertThat(syria.plusWorkingDays(meeting, 0)).isEqualTo(meeting);
        assertThat(syria.plusWorkingDays(meeting, 1)).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(syria.workingDaysBetween(meeting, LocalDate.of(2027, 3, 24))).isEqualTo(10);
        assertThat(syria.isWorkingDay(LocalDate.of(2027, 3, 12))).isFalse(); // a Friday
        assertThat(syria.isWeekend(LocalDate.of(2027, 3, 12))).isTrue();
        assertThat(syria.isWorkingDay(LocalDate.of(2027, 3, 21))).isFalse();
        assertThat(oman.isWorkingDay(LocalDate.of(2027, 3, 21))).isTrue();
    }

    @Test
    void deadlinesCountTheOwnersWorkingDays() {
        // Due Monday 8 March 2027: Eid al-Fitr (Tuesday to Thursday) and the weekend follow, so nobody is
        // late before Sunday 14 March, in Damascus (UTC+3) as in Muscat (UTC+4).
        WorkingCalendar.Deadlines damascus = WorkingCalendar.Deadlines.of(syria, LocalDate.of(2027, 3, 8), "Asia/Damascus");
        WorkingCalendar.Deadlines muscat = WorkingCalendar.Deadlines.of(oman, LocalDate.of(2027, 3, 8), "Asia/Muscat");
        assertThat(damascus.lateFrom()).isEqualTo(OffsetDateTime.parse("2027-03-13T21:00:00Z"));
        assertThat(muscat.lateFrom()).isEqualTo(OffsetDateTime.parse("2027-03-13T20:00:00Z"));
        // Three working days' notice: Monday 8, Sunday 7 and Thursday 4 March, from the start of the Thursday.
        assertThat(damascus.dueSoonFrom(Duration.ofDays(3))).isEqualTo(OffsetDateTime.parse("2027-03-03T21:00:00Z"));
        // Less than a day is counted in hours before the late instant.
        assertThat(damascus.dueSoonFrom(Duration.ofHours(6))).isEqualTo(OffsetDateTime.parse("2027-03-13T15:00:00Z"));
        // Seven working days late: 14–18 March, then (Friday, Saturday and Syria's Mother's Day on Sunday
        // 21 March off) 22 and 23 March; from the start of Wednesday 24 March. Oman works on the 21st.
        assertThat(damascus.lateFor(Duration.ofDays(7))).isEqualTo(OffsetDateTime.parse("2027-03-23T21:00:00Z"));
        assertThat(muscat.lateFor(Duration.ofDays(7))).isEqualTo(OffsetDateTime.parse("2027-03-22T20:00:00Z"));
        assertThat(damascus.lateFor(Duration.ZERO)).isEqualTo(damascus.lateFrom());
        assertThat(damascus.workingDaysLate(OffsetDateTime.parse("2027-03-13T20:59:59Z"))).isZero();
        assertThat(damascus.workingDaysLate(OffsetDateTime.parse("2027-03-13T21:00:00Z"))).isEqualTo(1);
        assertThat(damascus.workingDaysLate(OffsetDateTime.parse("2027-03-21T12:00:00Z"))).isEqualTo(5);
        assertThat(damascus.workingDaysLate(OffsetDateTime.parse("2027-03-23T12:00:00Z"))).isEqualTo(7);
        assertThat(muscat.workingDaysLate(OffsetDateTime.parse("2027-03-23T12:00:00Z"))).isEqualTo(8);
        // Due on a Saturday: late from the next working day, Monday 22 in Syria, Sunday 21 in Oman.
        assertThat(WorkingCalendar.Deadlines.of(syria, LocalDate.of(2027, 3, 20), "Asia/Damascus").lateDay())
                .isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(WorkingCalendar.Deadlines.of(oman, LocalDate.of(2027, 3, 20), "Asia/Muscat").lateDay())
                .isEqualTo(LocalDate.of(2027, 3, 21));
        assertThat(syria.minusWorkingDays(LocalDate.of(2027, 3, 14), 2)).isEqualTo(LocalDate.of(2027, 3, 7));
    }

    @Test
    void anAnnouncedHolidayAddsADayAndAMovedOneFreesItsRuleDay() {
        // Eid al-Fitr announced a day later than the table: 9 March works, 12 March is off.
        WorkingCalendar announced = new WorkingCalendar(FRIDAY_SATURDAY, List.of(EID_AL_FITR),
                List.of(new Holiday(LocalDate.of(2027, 3, 14), "عطلة عيد الفطر", "Eid al-Fitr holiday")),
                Set.of(LocalDate.of(2027, 3, 9)));
        assertThat(announced.isWorkingDay(LocalDate.of(2027, 3, 9))).isTrue();
        assertThat(announced.holiday(LocalDate.of(2027, 3, 14))).map(Holiday::nameEn).contains("Eid al-Fitr holiday");
        assertThat(announced.announced(LocalDate.of(2027, 3, 14))).isTrue();
        assertThat(announced.announced(LocalDate.of(2027, 3, 10))).isFalse();
        assertThat(announced.plusWorkingDays(LocalDate.of(2027, 3, 4), 3)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(announced.plusWorkingDays(LocalDate.of(2027, 3, 4), 4)).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aDueDateInWorkingDaysReadsWithTheArabicNounInTheNumbersForm() {
        assertThat(WorkingCalendar.within(1, true)).isEqualTo("خلال يوم عمل واحد من الاجتماع");
        assertThat(WorkingCalendar.within(2, true)).isEqualTo("خلال يومَي عمل من الاجتماع");
        assertThat(WorkingCalendar.within(10, true)).isEqualTo("خلال 10 أيام عمل من الاجتماع");
        assertThat(WorkingCalendar.within(15, true)).isEqualTo("خلال 15 يوم عمل من الاجتماع");
        assertThat(WorkingCalendar.within(1, false)).isEqualTo("within 1 working day of the meeting");
        assertThat(WorkingCalendar.within(10, false)).isEqualTo("within 10 working days of the meeting");
    }

    @Test
    void aWeekWithoutAWorkingDayIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(DayOfWeek.values()), List.of(), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> syria.plusWorkingDays(LocalDate.of(2027, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
