package org.mutabaa.actions.service.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Follow-up without a due date: an open action that has none is asked about every N days (its
 * meeting's choice, 30 by default) from its last sign of life, until it has a due date or is done.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class StatusChecksTest {

    static final String CREATED = "org.mutabaa.action.created.v1";
    static final String STATUS_CHECK = "org.mutabaa.action.status-check.v1";

    @Inject
    TestClock clock;

    @Inject
    ReminderSweep sweep;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anActionWithoutADueDateIsAskedAboutEveryThirtyDaysUntilItHasOne() {
        clock.set(Instant.parse("2027-01-01T08:00:00Z"));
        String meeting = UUID.randomUUID().toString();
        String action = actionWithoutDueDate(meeting);

        checkAt("2027-01-31T07:59:59Z");
        assertThat(publishedTypes(action)).containsExactly(CREATED);
        checkAt("2027-01-31T08:00:00Z");
        checkAt("2027-01-31T09:00:00Z"); // and again the same day, as another replica would
        JsonNode first = awaitPublished(action, STATUS_CHECK, 1).get(0);
        assertThat(first.get("data").get("everyDays").asInt()).isEqualTo(30);
        assertThat(first.get("data").get("owner").get("officialId").asText()).isEqualTo(SY_DIRECTOR_GENERAL);
        assertThat(first.get("data").has("lastUpdateAt")).isFalse();
        assertThat(Contracts.violations("actions-service", "action-status-check.v1", first.toString())).isEmpty();

        // The owner reports progress on 20 February: the next question waits 30 days from then.
        clock.set(Instant.parse("2027-02-20T10:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("percent", 20, "text", "شُكّل فريق العمل المشترك"))
                .when().post("/actions/{id}/progress", action).then().statusCode(201);
        checkAt("2027-03-02T08:00:00Z");
        checkAt("2027-03-22T09:59:59Z");
        // (reporting progress started the action: OPEN → IN_PROGRESS)
        assertThat(publishedTypes(action)).containsExactly(CREATED, STATUS_CHECK, "org.mutabaa.action.status-changed.v1");
        checkAt("2027-03-22T10:00:00Z");
        JsonNode second = awaitPublished(action, STATUS_CHECK, 2).get(1);
        assertThat(second.get("data").get("lastUpdateAt").asText()).isEqualTo("2027-02-20T10:00:00Z");
        assertThat(second.get("data").get("progress").asInt()).isEqualTo(20);

        // With a due date it is followed by its deadline instead.
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-12-31"))
                .when().patch("/actions/{id}", action).then().statusCode(200);
        checkAt("2027-06-30T00:00:00Z");
        assertThat(published(action).stream().filter(e -> STATUS_CHECK.equals(e.get("type").asText())))
                .hasSize(2);
        List<Map<String, Object>> history = given().when().get("/actions/{id}/history", action).then()
                .extract().jsonPath().getList("items");
        assertThat(history).extracting(h -> h.get("change") + "/" + h.get("source"))
                .containsSubsequence("CREATED/DECISION", "STATUS_CHECK/SCHEDULER", "STATUS_CHECK/SCHEDULER");
    }

    @Test
    void theMeetingsSecretariatChoosesHowOftenAndADoneActionIsNotAsked() {
        clock.set(Instant.parse("2027-01-01T08:00:00Z"));
        String meeting = UUID.randomUUID().toString();
        String action = actionWithoutDueDate(meeting);
        String done = actionOfSecondOwner;
        given().when().get("/meetings/{id}/follow-up", meeting).then().statusCode(200)
                .body("statusCheckDays", equalTo(30)).body("chosen", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("statusCheckDays", 7))
                .when().put("/meetings/{id}/follow-up", meeting).then().statusCode(200)
                .body("statusCheckDays", equalTo(7)).body("chosen", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة"))
                .when().post("/actions/{id}/status", done).then().statusCode(200);

        checkAt("2027-01-08T08:00:00Z");
        assertThat(awaitPublished(action, STATUS_CHECK, 1).get(0).get("data").get("everyDays").asInt()).isEqualTo(7);
        checkAt("2027-01-15T08:00:00Z");
        awaitPublished(action, STATUS_CHECK, 2);
        assertThat(publishedTypes(done)).doesNotContain(STATUS_CHECK);
    }

    @Test
    void badSettingsAreProblemsNamingTheFieldAndOnlyTheRecordingSecretariatChoosesThem() {
        String meeting = UUID.randomUUID().toString();
        actionWithoutDueDate(meeting);
        for (Object days : List.of(0, 366, "thirty")) {
            given().contentType(ContentType.JSON).body(Map.of("statusCheckDays", days))
                    .when().put("/meetings/{id}/follow-up", meeting).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("statusCheckDays", 0))
                .when().put("/meetings/{id}/follow-up", meeting).then().body("errors[0].field", equalTo("statusCheckDays"));
        // The Omani ministry's secretariat did not record this meeting.
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), OM_MTCIT, "secretariat"))
                .contentType(ContentType.JSON).body(Map.of("statusCheckDays", 7))
                .when().put("/meetings/{id}/follow-up", meeting).then().statusCode(403);
        given().when().get("/meetings/{id}/follow-up", UUID.randomUUID()).then().statusCode(404);
        given().when().get("/meetings/{id}/follow-up", meeting).then().statusCode(200).body("chosen", equalTo(false));
    }

    String actionOfSecondOwner;

    /** A decision of a meeting of its own without a due date; returns the Syrian director general's action. */
    String actionWithoutDueDate(String meetingId) {
        ObjectNode event = adopted();
        data(event).remove("dueDate");
        ((ObjectNode) data(event).get("meeting")).put("id", meetingId);
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        actionOfSecondOwner = actionOf(decisionId(event), OM_UNDERSECRETARY);
        return actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
    }

    void checkAt(String instant) {
        clock.set(Instant.parse(instant));
        sweep.statusChecks();
    }
}
