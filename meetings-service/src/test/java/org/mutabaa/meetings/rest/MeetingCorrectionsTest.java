package org.mutabaa.meetings.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.Published;
import org.mutabaa.meetings.SeedData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A recorded meeting is corrected until its minutes are approved: each correction is kept with its
 * reason and each field before and after, and every decision in force is published again as amended.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
public class MeetingCorrectionsTest {

    static final String TITLE = "اجتماع وزير الاتصالات والتقانة السوري مع وزير النقل والاتصالات وتقنية المعلومات العماني";
    static final String WHY = "تصحيح موعد الاجتماع وعنوانه وفق المحضر الموقع";

    @Test
    void aCorrectionIsKeptWithItsReasonAndFlowsToTheDecisionsInForce() {
        SeedData seed = SeedData.record();
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);
        Published.await(InfraResource.decisionsTopic, decision, 1);

        Map<String, Object> body = correction(seed);
        // The decision is recorded under agenda item 2: the agenda keeps it.
        body.put("agenda", List.of(Map.of("titleAr", "تطوير إستراتيجية أمن المعلومات السيبراني")));
        send(seed, body).statusCode(400).body("errors[0].field", equalTo("agenda"));
        Map<String, Object> noReason = correction(seed);
        noReason.remove("reason");
        send(seed, noReason).statusCode(400).body("errors[0].field", equalTo("reason"));
        given().when().get("/meetings/{id}/corrections", seed.meeting).then().statusCode(200).body("items", hasSize(0));

        String startsAt = send(seed, correction(seed)).statusCode(200).body("titleAr", equalTo(TITLE))
                .extract().path("startsAt");
        assertThat(java.time.OffsetDateTime.parse(startsAt).toInstant()).hasToString("2026-11-27T09:30:00Z");
        given().when().get("/meetings/{id}/corrections", seed.meeting).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reason", equalTo(WHY))
                .body("items[0].changes.field", equalTo(List.of("titleAr", "startsAt")))
                .body("items[0].changes[1].before", equalTo("2026-11-27T08:00:00Z"));

        List<JsonNode> events = Published.await(InfraResource.decisionsTopic, decision, 2);
        JsonNode amended = events.get(1);
        assertThat(amended.get("type").asText()).isEqualTo("org.mutabaa.decision.amended.v1");
        assertThat(Contracts.violations("meetings-service", "decision-amended.v1", amended.toString())).isEmpty();
        JsonNode change = amended.get("data").get("changes").get(0);
        assertThat(change.get("field").asText()).isEqualTo("meeting");
        assertThat(change.get("after").get("titleAr").asText()).isEqualTo(TITLE);
        assertThat(amended.get("data").get("meeting").get("titleAr").asText()).isEqualTo(TITLE);
        assertThat(amended.get("data").get("meeting").get("startsAt").asText()).startsWith("2026-11-27T");
        given().when().get("/decisions/{id}", decision).then().body("status", equalTo("AMENDED"));

        // The same correction again changes nothing and tells nobody.
        send(seed, correction(seed)).statusCode(200);
        given().when().get("/meetings/{id}/corrections", seed.meeting).then().body("items", hasSize(1));

        // Once the minutes are approved, the record stands.
        given().when().post("/meetings/{id}/minutes/approval", seed.meeting).then().statusCode(200);
        Map<String, Object> late = correction(seed);
        late.put("platform", "Webex");
        send(seed, late).statusCode(409);
        assertThat(Published.events(InfraResource.decisionsTopic, decision)).hasSize(2);
    }

    /** The seed meeting as it should have been recorded: its full title, and 12:30 in Damascus, not 11:00. */
    public static Map<String, Object> correction(SeedData seed) {
        Map<String, Object> body = SeedData.meetingBody(seed);
        body.remove("kind");
        body.remove("classification");
        body.remove("status");
        body.put("titleAr", TITLE);
        body.put("startsAt", "2026-11-27T12:30:00+03:00");
        body.put("reason", WHY);
        return body;
    }

    static io.restassured.response.ValidatableResponse send(SeedData seed, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/meetings/{id}", seed.meeting).then();
    }
}
