package org.mutabaa.meetings.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Who reads and changes which meeting: a secretariat its own organisation's meetings, an
 * official the meetings they took part in and the decisions that name them; a confidential
 * meeting exists only for its participants and the secretariat that recorded it — in single
 * reads, lists, counts, search, minutes and calendar files. Every refusal changes nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopingTest {

    /** A word of this class's own, so that search and lists see only what this class recorded. */
    final String word = randomWord();

    String syMinistry;
    String omMinistry;
    String syTelecom;
    String khatib;
    String maawali;
    String telecomDirector;
    String owner;
    String confidential;
    String internal;
    String confidentialDecision;

    /** Once for the class (the test port is known only once a test runs). */
    @BeforeEach
    void record() {
        if (syMinistry != null) {
            return;
        }
        syMinistry = SeedData.post("/organisations", Map.of("kind", "MINISTRY", "countryCode", "SY",
                "nameAr", "وزارة الاتصالات والتقانة", "nameEn", "Ministry of Communications and Technology"));
        omMinistry = SeedData.post("/organisations", Map.of("kind", "MINISTRY", "countryCode", "OM",
                "nameAr", "وزارة النقل والاتصالات وتقنية المعلومات", "nameEn", "Ministry of Transport"));
        syTelecom = SeedData.post("/organisations", Map.of("kind", "COMPANY", "countryCode", "SY",
                "nameAr", "السورية للاتصالات", "nameEn", "Syrian Telecom"));
        khatib = official(syMinistry, SeedData.KHATIB_AR);
        maawali = official(omMinistry, SeedData.MAAWALI_AR);
        telecomDirector = official(syTelecom, "المدير العام للسورية للاتصالات");
        owner = official(syTelecom, "مدير أمن المعلومات");

        // Recorded by the Syrian ministry's secretariat, for itself.
        confidential = given().auth().oauth2(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(meeting("CONFIDENTIAL", null)).when().post("/meetings")
                .then().statusCode(201).body("recordedBy", equalTo(syMinistry)).extract().path("id");
        internal = given().auth().oauth2(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(meeting("INTERNAL", syMinistry)).when().post("/meetings")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("type", "COMMITMENT");
        decision.put("textAr", "يلتزم الجانبان بتبادل تقارير الحوادث السيبرانية " + word);
        decision.put("ownerIds", List.of(owner));
        confidentialDecision = given().auth().oauth2(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(decision).when().post("/meetings/" + confidential + "/decisions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theRecordingSecretariatSeesAndManagesItsMeetings() {
        RequestSpecification sy = as(secretariat(syMinistry));
        sy.queryParam("organisationId", syMinistry).get("/meetings").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(confidential, internal));
        as(secretariat(syMinistry)).queryParam("q", word).get("/search").then().statusCode(200)
                .body("id", containsInAnyOrder(confidential, internal, confidentialDecision));
        as(secretariat(syMinistry)).get("/meetings/" + confidential + "/minutes.html").then().statusCode(200);
        as(secretariat(syMinistry)).contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .post("/meetings/" + internal + "/status").then().statusCode(200).body("status", equalTo("HELD"));
    }

    @Test
    void aConfidentialMeetingDoesNotExistForAnotherSecretariat() {
        // The Omani ministry has a delegation at both meetings but recorded neither, and its
        // secretariat's staff took no part.
        String om = secretariat(omMinistry);
        as(om).queryParam("organisationId", syMinistry).get("/meetings").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(internal));
        as(om).queryParam("q", word).get("/search").then().statusCode(200).body("id", contains(internal));
        for (String path : List.of("", "/decisions", "/minutes.html", "/minutes.md", "/calendar.ics")) {
            as(om).get("/meetings/" + confidential + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(om).get("/decisions/" + confidentialDecision).then().statusCode(404);
        // Nor for the secretariat of a company with no delegation, which reads the internal one.
        as(secretariat(syTelecom)).queryParam("organisationId", syMinistry).get("/meetings").then()
                .body("total", equalTo(1)).body("items.id", contains(internal));
        as(secretariat(syTelecom)).get("/meetings/" + confidential).then().statusCode(404);
    }

    @Test
    void anotherSecretariatChangesNothingOfAMeetingItReads() {
        String om = secretariat(omMinistry);
        as(om).contentType(ContentType.JSON).body(Map.of("type", "REQUEST", "textAr", "طلب مدسوس " + word,
                "ownerIds", List.of(maawali))).post("/meetings/" + internal + "/decisions")
                .then().statusCode(403).contentType("application/problem+json");
        as(om).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .post("/meetings/" + internal + "/status").then().statusCode(403);
        as(om).contentType(ContentType.JSON).body(Map.of("reason", "مزوّر"))
                .post("/decisions/" + confidentialDecision + "/revoke").then().statusCode(404);
        given().get("/meetings/" + internal + "/decisions").then().body("items", empty());
        given().get("/meetings/" + internal).then().body("status", not(equalTo("CANCELLED")));
        given().get("/decisions/" + confidentialDecision).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aSecretariatRecordsOnlyForItsOwnOrganisation() {
        int before = given().queryParam("organisationId", omMinistry).get("/meetings").then().extract().path("total");
        as(secretariat(syMinistry)).contentType(ContentType.JSON).body(meeting("PUBLIC", omMinistry))
                .post("/meetings").then().statusCode(403).contentType("application/problem+json");
        as(TestInfra.token(UUID.randomUUID().toString(), null, "secretariat")).contentType(ContentType.JSON)
                .body(meeting("PUBLIC", null)).post("/meetings").then().statusCode(403);
        given().queryParam("organisationId", omMinistry).get("/meetings").then().body("total", equalTo(before));
    }

    @Test
    void anOfficialReadsTheMeetingsTheyTookPartInAndTheDecisionsThatNameThem() {
        String khatibToken = TestInfra.token(khatib, syMinistry, "official");
        as(khatibToken).get("/meetings").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(confidential, internal));
        as(khatibToken).get("/decisions/" + confidentialDecision).then().statusCode(200);

        // A colleague of the owner who was not there reads nothing of it.
        String director = TestInfra.token(telecomDirector, syTelecom, "official");
        as(director).get("/meetings").then().statusCode(200).body("total", equalTo(0));
        as(director).get("/meetings/" + confidential).then().statusCode(404);
        as(director).get("/decisions/" + confidentialDecision).then().statusCode(404);
        as(director).queryParam("q", word).get("/search").then().body("", empty());

        // The owner was not at the confidential meeting: the decision that names them, not the meeting.
        String ownerToken = TestInfra.token(owner, syTelecom, "official");
        as(ownerToken).get("/decisions/" + confidentialDecision).then().statusCode(200)
                .body("textAr", equalTo("يلتزم الجانبان بتبادل تقارير الحوادث السيبرانية " + word));
        as(ownerToken).get("/meetings/" + confidential).then().statusCode(404);
        as(ownerToken).get("/meetings/" + confidential + "/decisions").then().statusCode(404);
        as(ownerToken).queryParam("q", word).get("/search").then().body("id", contains(confidentialDecision));
    }

    @Test
    void aSecretariatChangesOnlyItsOwnAndTheOfficialsItEnteredIntoTheDirectory() {
        // The Syrian secretariat enters the visiting Omani adviser, and may correct them later.
        String adviser = given().auth().oauth2(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(Map.of("organisationId", omMinistry, "nameAr", "مستشار الوزير", "preferredLanguage", "ar"))
                .post("/officials").then().statusCode(201).extract().path("id");
        as(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(Map.of("organisationId", omMinistry, "nameAr", "مستشار وزير النقل", "preferredLanguage", "ar"))
                .put("/officials/" + adviser).then().statusCode(200).body("nameAr", equalTo("مستشار وزير النقل"));

        // It may not rename an Omani minister it did not enter, nor the Omani ministry, nor deactivate them.
        as(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(Map.of("organisationId", omMinistry, "nameAr", "اسم مزوّر", "preferredLanguage", "ar"))
                .put("/officials/" + maawali).then().statusCode(403).contentType("application/problem+json");
        as(secretariat(syMinistry)).post("/officials/" + maawali + "/deactivate").then().statusCode(403);
        as(secretariat(syMinistry)).contentType(ContentType.JSON)
                .body(Map.of("kind", "MINISTRY", "countryCode", "OM", "nameAr", "اسم مزوّر"))
                .put("/organisations/" + omMinistry).then().statusCode(403);
        given().get("/officials/" + maawali).then().body("nameAr", equalTo(SeedData.MAAWALI_AR))
                .body("active", equalTo(true));
        given().get("/organisations/" + omMinistry).then().body("nameAr", equalTo("وزارة النقل والاتصالات وتقنية المعلومات"));

        // Its own organisation it may rename.
        as(secretariat(syMinistry)).contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY",
                "countryCode", "SY", "nameAr", "وزارة الاتصالات والتقانة", "nameEn", "Ministry of Communications"))
                .put("/organisations/" + syMinistry).then().statusCode(200);
    }

    @Test
    void anAdministratorSeesEverything() {
        given().queryParam("organisationId", syMinistry).get("/meetings").then().body("total", equalTo(2));
        given().queryParam("q", word).get("/search").then().body("id", hasItem(confidentialDecision));
    }

    private Map<String, Object> meeting(String classification, String recordedBy) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("titleAr", "اجتماع لجنة أمن المعلومات " + word);
        meeting.put("kind", "BILATERAL");
        meeting.put("modality", "VIRTUAL");
        meeting.put("startsAt", "2026-11-27T11:00:00+03:00");
        meeting.put("timeZone", "Asia/Damascus");
        meeting.put("classification", classification);
        meeting.put("delegations", List.of(
                Map.of("countryCode", "SY", "organisationId", syMinistry,
                        "participants", List.of(Map.of("officialId", khatib, "role", "HEAD"))),
                Map.of("countryCode", "OM", "organisationId", omMinistry,
                        "participants", List.of(Map.of("officialId", maawali, "role", "HEAD")))));
        if (recordedBy != null) {
            meeting.put("recordedBy", recordedBy);
        }
        return meeting;
    }

    private static String official(String organisation, String nameAr) {
        return SeedData.post("/officials", Map.of("organisationId", organisation, "nameAr", nameAr,
                "preferredLanguage", "ar"));
    }

    private static String secretariat(String organisation) {
        return TestInfra.token(UUID.randomUUID().toString(), organisation, "secretariat");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).when();
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
