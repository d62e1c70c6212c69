package org.mutabaa.meetings.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What a hostile or careless client sends: oversized and malformed bodies, look-alike and
 * reversed names, injection strings. Each is refused with a problem naming the field and changes
 * nothing, or is kept as the plain text it is.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String SQL = "Robert'); DROP TABLE official; -- ' OR '1'='1";
    static final String TEMPLATE = "{m.meeting.titleAr} {#include minutes/minutes.md /} ${7*7} #{7*7} <script>alert('x')</script>";
    static final String SQL_AR = "الخطيب'); DELETE FROM decision; --";

    SeedData seed;

    @BeforeEach
    void record() {
        if (seed == null) {
            seed = SeedData.record();
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        long before = meetings();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("titleAr", "ا".repeat(600_000));
        given().contentType(ContentType.JSON).body(meeting).when().post("/meetings").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"));
        org.assertj.core.api.Assertions.assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void aFieldOverItsSizeAMalformedBodyAWrongTypeAnUnknownFieldAndABadEnumAreNamed() {
        long before = meetings();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("titleAr", "ا".repeat(501));
        refused(meeting, "titleAr");
        meeting = SeedData.meetingBody(seed);
        meeting.put("startsAt", "غدًا");
        refused(meeting, "startsAt");
        meeting = SeedData.meetingBody(seed);
        meeting.put("kind", List.of("BILATERAL"));
        refused(meeting, "kind");
        meeting = SeedData.meetingBody(seed);
        meeting.put("classification", "TOP_SECRET");
        refused(meeting, "classification");
        meeting = SeedData.meetingBody(seed);
        meeting.put("isAdmin", true);
        refused(meeting, "isAdmin");
        given().contentType(ContentType.JSON).body("{\"titleAr\": \"اجتماع\", \"kind\": ").when().post("/meetings")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]").when().post("/meetings")
                .then().statusCode(400).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void namesRefuseInvisibleCharactersThatDisguiseOrReverseThem() {
        int before = given().queryParam("organisationId", seed.syMinistry).when().get("/officials")
                .then().extract().path("total");
        Map<String, String> tricks = new LinkedHashMap<>();
        tricks.put("right-to-left override", "إياد\u202Eبيطخلا");
        tricks.put("left-to-right isolate", "\u2066Iyad al-Khatib\u2069");
        tricks.put("zero-width space", "سعيد\u200Bالمعولي");
        tricks.put("zero-width joiner", "سعيد\u200Dالمعولي");
        tricks.put("right-to-left mark", "سعيد المعولي\u200F");
        tricks.put("byte order mark", "\uFEFFسعيد المعولي");
        tricks.put("arabic letter mark", "سعيد\u061Cالمعولي");
        tricks.put("a control character", "سعيد\u0007المعولي");
        tricks.put("hamza not composed (NFD)", "\u0627\u0654حمد");
        for (Map.Entry<String, String> trick : tricks.entrySet()) {
            given().contentType(ContentType.JSON).body(Map.of("organisationId", seed.syMinistry,
                            "nameAr", trick.getValue(), "preferredLanguage", "ar"))
                    .when().post("/officials").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("nameAr"));
        }
        given().contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY", "countryCode", "SY",
                        "nameAr", "وزارة\u200Bالاتصالات")).when().post("/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("nameAr"))
                .body("errors[0].message", containsString("U+200B ZERO WIDTH SPACE"));
        given().queryParam("organisationId", seed.syMinistry).queryParam("size", 200).when().get("/officials")
                .then().body("total", equalTo(before));
        // The same name, composed, is welcome.
        given().contentType(ContentType.JSON).body(Map.of("organisationId", seed.syMinistry,
                        "nameAr", "\u0623حمد", "preferredLanguage", "ar"))
                .when().post("/officials").then().statusCode(201).body("nameAr", equalTo("\u0623حمد"));
    }

    @Test
    void freeTextKeepsItsBytesButNotAnOverrideLeftOpen() {
        Map<String, Object> decision = seed.decisionTwo();
        decision.put("textAr", SeedData.DECISION_2_AR + " \u202Eتم التنفيذ");
        given().contentType(ContentType.JSON).body(decision).when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("textAr"));
        decision.put("textAr", "منصة \u2067Zoom\u2069 لمركز الاستجابة\u0000");
        given().contentType(ContentType.JSON).body(decision).when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("textAr"));
        given().when().get("/meetings/{id}/decisions", seed.meeting).then()
                .body("items.textAr", not(hasItem(containsString("تم التنفيذ"))))
                .body("items.textAr", not(hasItem(containsString("لمركز الاستجابة"))));

        // Closed isolates, decomposed letters and emoji are kept exactly as sent.
        String kept = "منصة \u2067Zoom\u2069 لنقل الخبرة \u0627\u0654من المعلومات 🤝";
        decision.put("textAr", kept);
        String id = given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting).then().statusCode(201).extract().path("id");
        given().when().get("/decisions/{id}", id).then().body("textAr", equalTo(kept));
    }

    @Test
    void injectionStringsAreStoredAndShownAsText() {
        String organisation = SeedData.post("/organisations", Map.of("kind", "COMPANY", "countryCode", "SY",
                "nameAr", SQL_AR, "nameEn", SQL));
        given().when().get("/organisations/{id}", organisation).then().body("nameEn", equalTo(SQL))
                .body("nameAr", equalTo(SQL_AR));

        Map<String, Object> decision = seed.decisionTwo();
        decision.put("textAr", SeedData.DECISION_2_AR + " " + TEMPLATE);
        decision.put("textEn", SQL);
        String id = given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting).then().statusCode(201).extract().path("id");
        given().when().get("/decisions/{id}", id).then().body("textAr", equalTo(SeedData.DECISION_2_AR + " " + TEMPLATE))
                .body("textEn", equalTo(SQL));

        // The minutes show the template text literally and the markup escaped.
        String html = given().when().get("/meetings/{id}/minutes.html", seed.meeting).then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("{m.meeting.titleAr} {#include minutes/minutes.md /} ${7*7} #{7*7}")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>");
        given().when().get("/meetings/{id}/minutes.md", seed.meeting).then().statusCode(200)
                .body(containsString("{#include minutes/minutes.md /}"));

        // Search takes the same strings as words, and the tables are all still there.
        given().queryParam("q", SQL).when().get("/search").then().statusCode(200).body("id", hasItem(id));
        given().queryParam("q", "'; drop table decision; --").when().get("/search").then().statusCode(200);
        given().when().get("/decisions/{id}", id).then().statusCode(200);
        given().queryParam("organisationId", seed.syMinistry).when().get("/officials").then().statusCode(200)
                .body("items.nameAr", not(hasItem(SQL_AR)));
    }

    @Test
    void aFieldGivenTwiceIsRefusedWhereverItIs() {
        long before = meetings();
        String meeting = toJson(SeedData.meetingBody(seed));
        // Top level: two titles, the second meant to win.
        String twoTitles = meeting.replaceFirst("\\{", "{\"titleAr\": \"اجتماع مزوّر\",");
        given().contentType(ContentType.JSON).body(twoTitles).when().post("/meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("titleAr"))
                .body("errors[0].message", containsString("more than once"));
        // Inside the second delegation's first participant.
        String nested = meeting.replace("\"role\":\"HEAD\"", "\"role\":\"HEAD\",\"role\":\"MEMBER\"");
        given().contentType(ContentType.JSON).body(nested).when().post("/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("delegations[0].participants[0].role"));
        org.assertj.core.api.Assertions.assertThat(meetings()).isEqualTo(before);
        String official = "{\"organisationId\": \"" + seed.syMinistry + "\", \"nameAr\": \"" + SeedData.KHATIB_AR
                + "\", \"preferredLanguage\": \"ar\", \"preferredLanguage\": \"en\"}";
        given().contentType(ContentType.JSON).body(official).when().post("/officials").then().statusCode(400)
                .body("errors[0].field", equalTo("preferredLanguage"));
    }

    @Test
    void datesOutsideTheStatedRangeAndEmptyNamesAreRefused() {
        long before = meetings();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("startsAt", "0000-01-01T10:00:00Z");
        refused(meeting, "startsAt");
        meeting.put("startsAt", "9999-12-31T10:00:00+03:00");
        refused(meeting, "startsAt");
        org.assertj.core.api.Assertions.assertThat(meetings()).isEqualTo(before);

        Map<String, Object> decision = seed.decisionTwo();
        decision.put("dueDate", "0000-01-01");
        given().contentType(ContentType.JSON).body(decision).when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dueDate"))
                .body("errors.message", hasItem("must be between 1900-01-01 and 2199-12-31"));
        decision = seed.decisionTwo();
        decision.put("actionItems", List.of(Map.of("textAr", "متابعة", "ownerId", seed.khatib, "dueDate", "2200-01-01")));
        given().contentType(ContentType.JSON).body(decision).when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors.field", hasItem("actionItems[0].dueDate"));
        given().queryParam("from", "0000-01-01").when().get("/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));

        for (String empty : List.of("", "   ", "\u00a0")) {
            given().contentType(ContentType.JSON).body(Map.of("organisationId", seed.syMinistry, "nameAr", empty,
                            "preferredLanguage", "ar")).when().post("/officials").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("nameAr"));
            given().contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY", "countryCode", "SY", "nameAr", "وزارة",
                    "nameEn", empty)).when().post("/organisations").then().statusCode(400)
                    .body("errors[0].field", equalTo("nameEn"));
        }
    }

    @Test
    void aPageBeyondWhatCanBeCountedIsAProblemNotAFailure() {
        for (String path : List.of("/search?q=الخطيب", "/meetings", "/officials", "/organisations")) {
            given().queryParam("page", Integer.MAX_VALUE).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", containsString("page"));
        }
        given().queryParam("q", "الخطيب").queryParam("page", 1_000_000).when().get("/search").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long meetings() {
        return ((Number) given().when().get("/meetings").then().statusCode(200).extract().path("total")).longValue();
    }
}
