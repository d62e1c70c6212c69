package org.mutabaa.meetings.service;

import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesTest {

    @Test
    void minutesRecordedByTheOmaniSideUseTheMonthNamesOfOman() {
        Meeting meeting = meeting();
        meeting.organisationId = meeting.delegations.get(1).organisation.id;

        Minutes minutes = Minutes.of(meeting, List.of(decision(meeting)));

        assertThat(minutes.startsAr())
                .isEqualTo("الجمعة 27 نوفمبر 2026 الموافق 17 جمادى الآخرة 1448 هـ، الساعة 12:00 (Asia/Muscat)");
        assertThat(minutes.decisions().get(0).dueDate().ar()).isEqualTo("الأربعاء 31 مارس 2027 الموافق 23 شوال 1448 هـ");
    }

    @Test
    void minutesRecordedByTheSyrianSideUseTheLevantineMonthNames() {
        Meeting meeting = meeting();
        meeting.organisationId = meeting.delegations.get(0).organisation.id;

        Minutes minutes = Minutes.of(meeting, List.of(decision(meeting)));

        assertThat(minutes.decisions().get(0).dueDate().ar()).isEqualTo("الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ");
        assertThat(minutes.decisions().get(0).dueDate().en()).isEqualTo("Wednesday 31 March 2027 (23 Shawwal 1448 AH)");
    }

    private static Meeting meeting() {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.titleAr = "اجتماع وزيري الاتصالات السوري والعماني";
        m.kind = Enums.MeetingKind.BILATERAL;
        m.modality = Enums.Modality.VIRTUAL;
        m.classification = Enums.Classification.PUBLIC;
        m.status = Enums.MeetingStatus.HELD;
        m.startsAt = OffsetDateTime.parse("2026-11-27T11:00:00+03:00");
        m.timeZone = "Asia/Muscat";
        m.delegations = List.of(delegation(m, "SY", "وزارة الاتصالات والتقانة"),
                delegation(m, "OM", "وزارة النقل والاتصالات وتقنية المعلومات"));
        return m;
    }

    private static Delegation delegation(Meeting m, String country, String organisationAr) {
        Delegation d = new Delegation();
        d.meeting = m;
        d.countryCode = country;
        d.organisation = new Organisation();
        d.organisation.id = UUID.randomUUID();
        d.organisation.nameAr = organisationAr;
        return d;
    }

    private static Decision decision(Meeting m) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.meeting = m;
        d.type = Enums.DecisionType.COMMITMENT;
        d.status = Enums.DecisionStatus.ADOPTED;
        d.textAr = "نقل الخبرات العُمانية المتقدمة في مجال أمن المعلومات";
        d.dueDate = LocalDate.of(2027, 3, 31);
        return d;
    }
}
