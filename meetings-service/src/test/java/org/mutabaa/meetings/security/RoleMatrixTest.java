package org.mutabaa.meetings.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mutabaa.infra.testkit.RoleMatrix;
import org.mutabaa.infra.testkit.RoleMatrix.Call;
import org.mutabaa.infra.testkit.RoleMatrix.Role;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mutabaa.infra.testkit.RoleMatrix.ALL;
import static org.mutabaa.infra.testkit.RoleMatrix.MANAGERS;

/**
 * Each role against each endpoint family of meetings-service, on the seed meeting recorded by
 * the Syrian ministry's secretariat: what each may do succeeds, what it may not is a 403
 * problem. A token with no role of ours may do nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {



    SeedData seed;

    @BeforeEach
    void record() {
        if (seed != null) {
            return;
        }
        seed = SeedData.record();
        Map<String, Object> meeting = SeedData.meetingBody(seed);
        meeting.put("recordedBy", seed.syMinistry);
        seed.meeting = SeedData.post("/meetings", meeting);
    }

    @Test
    void eachRoleAgainstEachEndpointFamily() {
        List<Call<RequestSpecification, Response>> calls = List.of(
                new Call<>("read organisations", r -> r.get("/organisations"), 200, ALL),
                new Call<>("read an organisation", r -> r.get("/organisations/" + seed.syMinistry), 200, ALL),
                new Call<>("add an organisation", r -> r.contentType(ContentType.JSON).body(Map.of("kind", "AGENCY",
                        "countryCode", "SY", "nameAr", "الهيئة الوطنية لخدمات الشبكة")).post("/organisations"), 201, MANAGERS),
                new Call<>("rename one's organisation", r -> r.contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY",
                        "countryCode", "SY", "nameAr", "وزارة الاتصالات والتقانة")).put("/organisations/" + seed.syMinistry),
                        200, MANAGERS),
                new Call<>("read officials", r -> r.get("/officials"), 200, ALL),
                new Call<>("read an official", r -> r.get("/officials/" + seed.khatib), 200, ALL),
                new Call<>("add an official", r -> r.contentType(ContentType.JSON).body(Map.of("organisationId",
                        seed.syMinistry, "titleAr", "مدير المعلوماتية", "preferredLanguage", "ar")).post("/officials"),
                        201, MANAGERS),
                new Call<>("correct an official", r -> r.contentType(ContentType.JSON).body(Map.of("organisationId",
                        seed.syMinistry, "nameAr", SeedData.KHATIB_AR, "titleAr", "وزير الاتصالات والتقانة",
                        "preferredLanguage", "ar")).put("/officials/" + seed.khatib), 200, MANAGERS),
                new Call<>("deactivate an official", r -> r.post("/officials/" + newOfficial() + "/deactivate"), 200, MANAGERS),
                new Call<>("list meetings", r -> r.get("/meetings"), 200, ALL),
                new Call<>("read a meeting", r -> r.get("/meetings/" + seed.meeting), 200, ALL),
                new Call<>("read its decisions", r -> r.get("/meetings/" + seed.meeting + "/decisions"), 200, ALL),
                new Call<>("print the minutes", r -> r.get("/meetings/" + seed.meeting + "/minutes.html"), 200, ALL),
                new Call<>("download the calendar file", r -> r.get("/meetings/" + seed.meeting + "/calendar.ics"), 200, ALL),
                new Call<>("search", r -> r.queryParam("q", "الخبرة").get("/search"), 200, ALL),
                new Call<>("record a meeting", r -> r.contentType(ContentType.JSON).body(newMeeting()).post("/meetings"),
                        201, MANAGERS),
                new Call<>("cancel a meeting", r -> r.contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                        .post("/meetings/" + scheduledMeeting() + "/status"), 200, MANAGERS),
                new Call<>("correct a meeting", r -> r.contentType(ContentType.JSON)
                        .body(org.mutabaa.meetings.rest.MeetingCorrectionsTest.correction(seed))
                        .put("/meetings/" + scheduledMeeting()), 200, MANAGERS),
                new Call<>("read a meeting's corrections", r -> r.get("/meetings/" + seed.meeting + "/corrections"),
                        200, ALL),
                new Call<>("record a decision", r -> r.contentType(ContentType.JSON).body(seed.decisionTwo())
                        .post("/meetings/" + seed.meeting + "/decisions"), 201, MANAGERS),
                new Call<>("read a decision", r -> r.get("/decisions/" + draft()), 200, ALL),
                new Call<>("change a decision", r -> r.contentType(ContentType.JSON).body(seed.decisionTwo())
                        .put("/decisions/" + draft()), 200, MANAGERS),
                new Call<>("adopt a decision", r -> r.post("/decisions/" + draft() + "/adopt"), 200, MANAGERS),
                new Call<>("revoke a decision", r -> r.contentType(ContentType.JSON).body(Map.of("reason", "أُلغي بقرار لاحق"))
                        .post("/decisions/" + adopted() + "/revoke"), 200, MANAGERS),
                new Call<>("approve the minutes", r -> r.post("/meetings/" + heldMeeting() + "/minutes/approval"), 200, MANAGERS));

        Map<Role, String> tokens = Map.of(
                Role.ADMIN, TestInfra.adminToken(),
                Role.SECRETARIAT, TestInfra.token(UUID.randomUUID().toString(), seed.syMinistry, "secretariat"),
                Role.OFFICIAL, TestInfra.token(seed.khatib, seed.syMinistry, "official"),
                Role.NONE, TestInfra.token(seed.khatib, seed.syMinistry));
        assertThat(RoleMatrix.wrong(calls, role -> given().auth().oauth2(tokens.get(role)), Response::statusCode,
                Response::contentType)).isEmpty();
    }

    private String newOfficial() {
        return SeedData.post("/officials", Map.of("organisationId", seed.syMinistry, "titleAr", "مستشار",
                "preferredLanguage", "ar"));
    }

    private Map<String, Object> newMeeting() {
        Map<String, Object> meeting = new LinkedHashMap<>(SeedData.meetingBody(seed));
        meeting.put("status", "SCHEDULED");
        meeting.put("recordedBy", seed.syMinistry);
        return meeting;
    }

    private String scheduledMeeting() {
        return SeedData.post("/meetings", newMeeting());
    }

    private String heldMeeting() {
        Map<String, Object> meeting = newMeeting();
        meeting.put("status", "HELD");
        return SeedData.post("/meetings", meeting);
    }

    private String draft() {
        return SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
    }

    private String adopted() {
        String decision = draft();
        given().when().post("/decisions/" + decision + "/adopt").then().statusCode(200);
        return decision;
    }
}
