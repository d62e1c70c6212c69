package org.mutabaa.actions.service.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * The escalation chain of a meeting's late actions: levels in order, each once, never to the owner.
 * Each test's meeting is recorded by a ministry of its own, so its focal points meet no other test.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class EscalationChainTest {

    static final String ESCALATED = "org.mutabaa.action.escalated.v1";

    @Inject
    TestClock clock;

    @Inject
    ReminderSweep sweep;

    @Inject
    OfficialRepository officials;

    String ministry;
    String secretariatFocalPoint;

    @BeforeEach
    void aMinistryWithAFocalPoint() {
        ministry = UUID.randomUUID().toString();
        secretariatFocalPoint = official(ministry, "فادية سليمان", "مديرة التعاون الدولي");
        given().auth().oauth2(secretariat()).contentType(ContentType.JSON)
                .body(Map.of("focalPointIds", List.of(secretariatFocalPoint)))
                .when().put("/organisations/{id}/focal-points", ministry).then().statusCode(200);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * The Syrian minister owns an action and heads the Syrian delegation: the default chain's first
     * level would reach him, so it passes; the second reaches the recording ministry's focal point.
     */
    @Test
    void anOwnerWhoHeadsTheDelegationIsEscalatedToTheSecretariatNotToHimself() {
        String meeting = UUID.randomUUID().toString();
        String action = ownedBy(meeting, KHATIB);
        given().auth().oauth2(secretariat()).when().get("/meetings/{id}/follow-up", meeting).then().statusCode(200)
                .body("escalationChosen", equalTo(false))
                .body("escalation.to", equalTo(List.of("HEAD_OF_DELEGATION", "RECORDING_SECRETARIAT")))
                .body("escalation.afterDays", equalTo(List.of(7, 14)));

        // Due Wednesday 31 March 2027 in Damascus: late from 2027-03-31T21:00Z. Fridays and Saturdays off.
        sweepAt("2027-04-12T00:00:00Z"); // seven working days late: the head of delegation is the owner
        sweepAt("2027-04-20T20:59:59Z");
        assertThat(history(action)).containsExactly("CREATED", "OVERDUE");
        sweepAt("2027-04-20T21:00:00Z"); // fourteen working days late (1, 4–8, 11–15, 18–20 April): the secretariat
        sweepAt("2027-04-25T00:00:00Z");
        sweepAt("2027-06-01T00:00:00Z");
        List<JsonNode> escalated = awaitEscalations(action, 1);
        JsonNode data = escalated.get(0).get("data");
        assertThat(Contracts.violations("actions-service", "action-escalated.v1", escalated.get(0).toString())).isEmpty();
        assertThat(data.get("level").asInt()).isEqualTo(2);
        assertThat(data.get("escalationTarget").asText()).isEqualTo("RECORDING_SECRETARIAT");
        assertThat(data.get("escalatedTo").get("officialId").asText()).isEqualTo(secretariatFocalPoint);
        assertThat(data.has("alsoEscalatedTo")).isFalse();
        assertThat(data.get("firedAt").asText()).isEqualTo("2027-04-20T21:00:00Z");
        assertThat(history(action)).containsExactly("CREATED", "OVERDUE", "ESCALATED");
    }

    @Test
    void aChosenChainGoesToTheHeadThenANamedOfficialEachOnce() {
        String meeting = UUID.randomUUID().toString();
        String action = ownedBy(meeting, SY_DIRECTOR_GENERAL);
        String deputyMinister = official(ministry, "رنا الحسن", "معاونة الوزير");
        choose(meeting, List.of(step("HEAD_OF_DELEGATION", 3, null), step("OFFICIAL", 10, deputyMinister)))
                .statusCode(200).body("escalationChosen", equalTo(true))
                .body("escalation[1].officialId", equalTo(deputyMinister));

        sweepAt("2027-04-05T20:59:59Z");
        assertThat(history(action)).containsExactly("CREATED", "OVERDUE");
        sweepAt("2027-04-05T21:00:00Z"); // three working days late (1, 4 and 5 April)
        sweepAt("2027-04-09T00:00:00Z");
        assertThat(awaitEscalations(action, 1).get(0).get("data").get("escalatedTo").get("officialId").asText())
                .isEqualTo(KHATIB);
        sweepAt("2027-04-14T20:59:59Z");
        assertThat(history(action)).containsOnlyOnce("ESCALATED");
        sweepAt("2027-04-14T21:00:00Z"); // ten working days late
        sweepAt("2027-05-01T00:00:00Z");
        List<JsonNode> escalated = awaitEscalations(action, 2);
        assertThat(escalated).extracting(e -> e.get("data").get("level").asInt()).containsExactly(1, 2);
        assertThat(escalated.get(1).get("data").get("escalatedTo").get("officialId").asText()).isEqualTo(deputyMinister);
        assertThat(escalated.get(1).get("data").get("escalatedTo").get("nameAr").asText()).isEqualTo("رنا الحسن");
        assertThat(escalated.get(1).get("data").get("escalationTarget").asText()).isEqualTo("OFFICIAL");
    }

    @Test
    void anEmptyChainEscalatesNothingAndABadChainIsRefusedNamingTheLevel() {
        String meeting = UUID.randomUUID().toString();
        String action = ownedBy(meeting, SY_DIRECTOR_GENERAL);
        choose(meeting, List.of(step("HEAD_OF_DELEGATION", 7, null), step("RECORDING_SECRETARIAT", 7, null)))
                .statusCode(400).body("errors[0].field", equalTo("escalation[1].afterDays"));
        choose(meeting, List.of(step("OFFICIAL", 7, null))).statusCode(400)
                .body("errors[0].field", equalTo("escalation[0].officialId"));
        choose(meeting, List.of(step("HEAD_OF_DELEGATION", 7, KHATIB))).statusCode(400)
                .body("errors[0].field", equalTo("escalation[0].officialId"));
        choose(meeting, List.of(step("OFFICIAL", 7, UUID.randomUUID().toString()))).statusCode(400)
                .body("errors[0].field", equalTo("escalation[0].officialId"));
        choose(meeting, List.of(step("CABINET", 7, null))).statusCode(400);
        choose(meeting, List.of(step("HEAD_OF_DELEGATION", 1, null), step("RECORDING_SECRETARIAT", 2, null),
                step("HEAD_OF_DELEGATION", 3, null), step("RECORDING_SECRETARIAT", 4, null),
                step("HEAD_OF_DELEGATION", 5, null), step("RECORDING_SECRETARIAT", 6, null))).statusCode(400)
                .body("errors[0].field", equalTo("escalation"));
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), OM_MTCIT, "secretariat"))
                .contentType(ContentType.JSON).body(Map.of("statusCheckDays", 30, "escalation", List.of()))
                .when().put("/meetings/{id}/follow-up", meeting).then().statusCode(403);
        given().auth().oauth2(secretariat()).when().get("/meetings/{id}/follow-up", meeting).then()
                .body("escalationChosen", equalTo(false));

        choose(meeting, List.of()).statusCode(200).body("escalationChosen", equalTo(true))
                .body("escalation", org.hamcrest.Matchers.empty());
        sweepAt("2027-06-01T00:00:00Z");
        sweepAt("2027-09-01T00:00:00Z");
        assertThat(history(action)).containsExactly("CREATED", "OVERDUE");
    }

    /**
     * Candidates the sweep's query takes for a level by calendar days, but whose owners have not yet
     * worked that many days late, do not hide an action behind them that has (pages of 2 in tests).
     * Two Syrian actions late from Thursday 4 March 2027 reach seven working days on the 18th (Eid
     * al-Fitr 9–11 March); a German expert's, late four days later from Monday 8 March on the
     * Monday-to-Friday week of a country this service has no calendar for, reaches them on Wednesday
     * 17 March.
     */
    @Test
    void actionsNotYetDueInTheirOwnersWorkingDaysDoNotHideALaterOneThatIs() {
        String meeting = UUID.randomUUID().toString();
        String deputyMinister = official(ministry, "رنا الحسن", "معاونة الوزير");
        String first = ownedBy(meeting, SY_DIRECTOR_GENERAL, "2027-03-03");
        String second = ownedBy(meeting, KHATIB, "2027-03-03");
        String german = ownedBy(meeting, UUID.randomUUID().toString(), "2027-03-05");
        choose(meeting, List.of(step("OFFICIAL", 7, deputyMinister))).statusCode(200);
        assertThat(action(first).getString("overdueAt")).isEqualTo("2027-03-03T21:00:00Z");
        assertThat(action(german).getString("overdueAt")).isEqualTo("2027-03-07T21:00:00Z");

        sweepAt("2027-03-17T12:00:00Z");
        assertThat(history(german)).containsExactly("CREATED", "OVERDUE", "ESCALATED");
        assertThat(history(first)).containsExactly("CREATED", "OVERDUE");
        assertThat(history(second)).containsExactly("CREATED", "OVERDUE");
        sweepAt("2027-03-17T21:00:00Z");
        assertThat(history(first)).containsExactly("CREATED", "OVERDUE", "ESCALATED");
        assertThat(history(second)).containsExactly("CREATED", "OVERDUE", "ESCALATED");
    }

    /** A decision of a new meeting recorded by this test's ministry, owned by one official; returns their action. */
    String ownedBy(String meeting, String owner) {
        return ownedBy(meeting, owner, "2027-03-31");
    }

    /**
     * As above, due on that day: the Syrian minister, the Syrian director general, or any other id as
     * an expert of the German development agency, whom the directory does not know.
     */
    String ownedBy(String meeting, String owner, String dueDate) {
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("id", meeting).put("recordedBy", ministry);
        data(event).put("dueDate", dueDate);
        owners(event).removeAll();
        owners(event).add(owner.equals(KHATIB)
                ? person(KHATIB, SY_MOCT, "SY", "إياد الخطيب", "Iyad al-Khatib", "وزير الاتصالات والتقانة", "ar")
                : owner.equals(SY_DIRECTOR_GENERAL)
                ? person(owner, "3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f70", "SY", null, null,
                        "مدير عام الهيئة الوطنية لخدمات الشبكة", "ar")
                : person(owner, UUID.randomUUID().toString(), "DE", "يوليا شميت", "Julia Schmidt",
                        "خبيرة التحول الرقمي في الوكالة الألمانية للتعاون الدولي", "en"));
        publishDecision(event);
        awaitActions(decisionId(event), 1);
        return actionOf(decisionId(event), owner);
    }

    ValidatableResponse choose(String meeting, List<Map<String, Object>> escalation) {
        return given().auth().oauth2(secretariat()).contentType(ContentType.JSON)
                .body(Map.of("statusCheckDays", 30, "escalation", escalation))
                .when().put("/meetings/{id}/follow-up", meeting).then();
    }

    static Map<String, Object> step(String to, int afterDays, String officialId) {
        Map<String, Object> step = new HashMap<>();
        step.put("to", to);
        step.put("afterDays", afterDays);
        if (officialId != null) {
            step.put("officialId", officialId);
        }
        return step;
    }

    String secretariat() {
        return TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat");
    }

    void sweepAt(String instant) {
        clock.set(Instant.parse(instant));
        sweep.sweep();
    }

    static List<JsonNode> escalations(String action) {
        return published(action).stream().filter(e -> ESCALATED.equals(e.get("type").asText())).toList();
    }

    static List<JsonNode> awaitEscalations(String action, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations(action).size() >= count);
        List<JsonNode> escalated = escalations(action);
        assertThat(escalated).hasSize(count);
        return escalated;
    }

    static List<String> history(String action) {
        return given().when().get("/actions/{id}/history", action).then().statusCode(200).extract().jsonPath()
                .getList("items.change", String.class);
    }

    String official(String organisation, String nameAr, String titleAr) {
        String id = UUID.randomUUID().toString();
        publishOfficial(id, organisation, "SY", "وزارة الاتصالات والتقانة", nameAr, null, titleAr, "ar",
                "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(id)).isPresent()));
        return id;
    }
}
