package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Minutes (bilingual HTML and Markdown) and the calendar file of a meeting. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ExportsTest {

    static final String TITLE_AR = "اجتماع وزير الاتصالات والتقانة إياد الخطيب مع وزير النقل والاتصالات في سلطنة عمان سعيد المعولي";

    @Test
    void theMinutesAreArabicRightToLeftThenEnglishWithEveryDelegationAgendaItemAndDecision() {
        SeedData seed = SeedData.record();
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);

        String html = given().when().get("/meetings/{id}/minutes.html", seed.meeting)
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<section lang=\"en\" dir=\"ltr\">")
                .contains("محضر اجتماع: " + TITLE_AR)
                .contains(SeedData.DECISION_2_AR)
                .contains("إياد الخطيب، وزير الاتصالات والتقانة")
                .contains("<bdi>" + SeedData.NANS_DG_TITLE_AR + "</bdi>")
                .contains("رئيس الوفد")
                .contains("Director General of the National Agency for Network Services")
                // Dates as the recording side reads them: Syrian month names, the Hijri date beside.
                .contains("الموعد: <bdi>الجمعة 27 تشرين الثاني 2026 الموافق 17 جمادى الآخرة 1448 هـ، الساعة 11:00"
                        + " (Asia/Damascus)</bdi>")
                .contains("تاريخ الاستحقاق: <bdi>الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ</bdi>")
                .contains("Starts: Friday 27 November 2026 (17 Jumada II 1448 AH), 11:00 (Asia/Damascus)")
                .contains("Due: Wednesday 31 March 2027 (23 Shawwal 1448 AH)")
                .contains("سوريا").contains("Oman");
        assertThat(html.indexOf("تطوير إستراتيجية أمن المعلومات السيبراني"))
                .isLessThan(html.indexOf("المشاريع الرّائدة في مراكز الاستجابة للطوارئ المعلوماتية"));
        assertThat(html.indexOf("محضر اجتماع")).isLessThan(html.indexOf("Minutes:"));
    }

    @Test
    void organisationOwnersAndActionItemsAreInTheMinutes() {
        SeedData seed = SeedData.record();
        String telecom = SeedData.post("/organisations", Map.of("kind", "COMPANY", "countryCode", "SY",
                "nameAr", "الشركة السورية للاتصالات", "nameEn", "Syrian Telecom"));
        SeedData.post("/meetings/" + seed.meeting + "/decisions", Map.of("type", "RECOMMENDATION",
                "textAr", "عُمان نقطة عبور", "ownerOrganisationIds", List.of(telecom),
                "actionItems", List.of(Map.of("textAr", "دراسة مسار العبور", "textEn", "Study the transit route",
                        "ownerOrganisationId", telecom, "dueDate", "2027-02-28"))));

        String html = given().when().get("/meetings/{id}/minutes.html", seed.meeting).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("المسؤولون عن المتابعة: <bdi>الشركة السورية للاتصالات</bdi>")
                .contains("<li>دراسة مسار العبور — <bdi>الشركة السورية للاتصالات</bdi> — <bdi>الأحد 28 شباط 2027 الموافق"
                        + " 21 رمضان 1448 هـ</bdi></li>")
                .contains("<li>Study the transit route — <bdi>Syrian Telecom</bdi> — Sunday 28 February 2027"
                        + " (21 Ramadan 1448 AH)</li>");
    }

    @Test
    void markupInATitleIsShownAsText() {
        SeedData seed = SeedData.record();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("titleAr", "اجتماع <script>alert('x')</script>");
        String id = SeedData.post("/meetings", meeting);

        String html = given().when().get("/meetings/{id}/minutes.html", id).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void markdownInNamesAndTextsIsShownAsTextInTheMarkdownMinutes() {
        SeedData seed = SeedData.record();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("titleAr", "# اجتماع <img src=x onerror=alert(1)> [انقر هنا](javascript:alert(1))");
        String id = SeedData.post("/meetings", meeting);
        Map<String, Object> decision = seed.decisionTwo();
        decision.put("textAr", "1. بند أول\n# عنوان مزيّف\n| جدول | مزيّف |\n**غامق** و `شيفرة` و ~~مشطوب~~ &amp;");
        SeedData.post("/meetings/" + id + "/decisions", decision);

        String md = given().when().get("/meetings/{id}/minutes.md", id).then().statusCode(200).extract().asString();
        assertThat(md).startsWith("# محضر اجتماع: \\# اجتماع \\<img src=x onerror=alert(1)\\> \\[انقر هنا\\](javascript:alert(1))\n")
                .contains("1\\. بند أول\n\\# عنوان مزيّف\n\\| جدول \\| مزيّف \\|\n\\*\\*غامق\\*\\* و \\`شيفرة\\` و \\~\\~مشطوب\\~\\~ \\&amp;")
                // nothing left unescaped that a renderer would take for markup
                .doesNotContainPattern("[^\\\\]<img").doesNotContainPattern("[^\\\\]\\]\\(javascript");
        // The template's own markup is left as it is.
        assertThat(md).contains("\n## القرارات\n").contains("\n- نوع الاجتماع: ");
    }

    @Test
    void aLoneCarriageReturnInATextCannotBreakACalendarLine() {
        SeedData seed = SeedData.record();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("agenda", List.of(Map.of("titleAr", "بند أول\rATTENDEE:mailto:intruder@example.org\r\nبند\nثان")));
        String ics = calendar(SeedData.post("/meetings", meeting));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(unfolded(ics)).noneMatch(l -> l.startsWith("ATTENDEE"))
                .anySatisfy(l -> assertThat(l).startsWith("DESCRIPTION:1. بند أول\\nATTENDEE:mailto:intruder@example.org\\nبند\\nثان"));
    }

    @Test
    void theMinutesInMarkdownAreADownload() {
        SeedData seed = SeedData.record();
        SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        Response response = given().when().get("/meetings/{id}/minutes.md", seed.meeting);
        response.then().statusCode(200).contentType("text/markdown").header("Content-Disposition",
                org.hamcrest.Matchers.startsWith("attachment; filename=\"minutes-"));
        assertThat(response.asString()).startsWith("# محضر اجتماع: " + TITLE_AR)
                .contains("\n# Minutes: ").contains(SeedData.DECISION_2_AR).contains("(مسودة)")
                .contains("- Owners: Undersecretary for e-government and digital transformation; Director General");
    }

    @Test
    void theCalendarFileStartsInTheMeetingsOwnTimeZone() {
        SeedData seed = SeedData.record();
        String ics = calendar(seed.meeting);
        List<String> lines = unfolded(ics);
        assertThat(lines).contains("BEGIN:VCALENDAR", "VERSION:2.0", "TZID:Asia/Damascus", "TZOFFSETTO:+0300",
                "DTSTART;TZID=Asia/Damascus:20261127T110000", "CLASS:PUBLIC", "STATUS:CONFIRMED",
                "UID:" + seed.meeting + "@mutabaa", "LOCATION:Zoom (منصة زوم)");
        assertThat(lines).contains("SUMMARY;LANGUAGE=ar:" + TITLE_AR);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("DESCRIPTION:1. تطوير إستراتيجية أمن المعلومات السيبراني\\n2."));

        Map<String, Object> london = SeedData.meetingBody(seed);
        london.put("startsAt", "2027-07-01T09:00:00Z");
        london.put("timeZone", "Europe/London");
        london.put("titleAr", "اجتماع، في لندن; London, UK");
        List<String> summer = unfolded(calendar(SeedData.post("/meetings", london)));
        assertThat(summer).contains("DTSTART;TZID=Europe/London:20270701T100000", "TZOFFSETTO:+0100",
                "SUMMARY;LANGUAGE=ar:اجتماع، في لندن\\; London\\, UK");
    }

    @Test
    void calendarLinesAreFoldedAt75OctetsWithCrlfAndNeverInsideACharacter() {
        SeedData seed = SeedData.record();
        byte[] bytes = calendar(seed.meeting).getBytes(StandardCharsets.UTF_8);
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\uFFFD");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isPositive();
    }

    private static String calendar(String meeting) {
        return given().when().get("/meetings/{id}/calendar.ics", meeting)
                .then().statusCode(200).contentType("text/calendar").extract().asString();
    }

    /** Content lines with RFC 5545 folding undone. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }
}
