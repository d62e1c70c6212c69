package org.mutabaa.actions.service.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.platform.time.TestClock;
import org.mutabaa.actions.repository.OfficialRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Due-soon, overdue and escalation reminders, with the service's clock moved by the test: each
 * fires once per action and due date, at the threshold in the owner's time zone, whoever sweeps.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class RemindersTest {

    static final String CREATED = "org.mutabaa.action.created.v1";
    static final String DUE_SOON = "org.mutabaa.action.due-soon.v1";
    static final String OVERDUE = "org.mutabaa.action.overdue.v1";
    static final String ESCALATED = "org.mutabaa.action.escalated.v1";
    static final String OM_MTCIT = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

    @Inject
    TestClock clock;

    @Inject
    ReminderSweep sweep;

    @Inject
    OfficialRepository officials;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * Due 31 March 2027. The Omani undersecretary works in Asia/Muscat (UTC+4, from the directory):
     * late from 2027-03-31T20:00Z. The Syrian director general has no zone of their own and works in
     * the meeting's, Asia/Damascus (UTC+3): late from 2027-03-31T21:00Z.
     */
    @Test
    void eachReminderFiresOnceAtItsThresholdInTheOwnersTimeZone() {
        String[] ids = decisionWithZonedOwners();
        String muscat = ids[0];
        String damascus = ids[1];
        assertThat(action(muscat).getString("timeZone")).isEqualTo("Asia/Muscat");
        assertThat(action(muscat).getString("overdueAt")).isEqualTo("2027-03-31T20:00:00Z");
        assertThat(action(damascus).getString("timeZone")).isEqualTo("Asia/Damascus");
        assertThat(action(damascus).getString("overdueAt")).isEqualTo("2027-03-31T21:00:00Z");

        sweepAt("2027-03-28T19:59:59Z");
        sweepAt("2027-03-28T20:30:00Z"); // three days before Muscat's threshold, not yet Damascus's
        awaitTypes(muscat, CREATED, DUE_SOON);
        sweepAt("2027-03-28T21:00:00Z");
        sweepAt("2027-03-29T09:00:00Z");
        awaitTypes(damascus, CREATED, DUE_SOON);

        sweepAt("2027-03-31T20:30:00Z"); // late in Muscat; still 31 March in Damascus
        awaitTypes(muscat, CREATED, DUE_SOON, OVERDUE);
        given().queryParam("decisionId", action(muscat).getString("decisionId")).queryParam("overdue", true)
                .when().get("/actions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(muscat));
        sweepAt("2027-03-31T21:00:00Z");
        awaitTypes(damascus, CREATED, DUE_SOON, OVERDUE);

        sweepAt("2027-04-07T20:59:59Z"); // seven days' grace: Muscat escalates, Damascus not yet
        awaitTypes(muscat, CREATED, DUE_SOON, OVERDUE, ESCALATED);
        sweepAt("2027-04-07T21:00:00Z");
        sweepAt("2027-04-20T00:00:00Z");
        awaitTypes(damascus, CREATED, DUE_SOON, OVERDUE, ESCALATED);

        JsonNode overdue = published(muscat).get(2).get("data");
        assertThat(overdue.get("dueDate").asText()).isEqualTo("2027-03-31");
        assertThat(overdue.get("timeZone").asText()).isEqualTo("Asia/Muscat");
        assertThat(overdue.get("owner").get("preferredLanguage").asText()).isEqualTo("en");
        assertThat(overdue.get("firedAt").asText()).isEqualTo("2027-03-31T20:30:00Z");
        JsonNode toMaawali = published(muscat).get(3).get("data").get("escalatedTo");
        assertThat(toMaawali.get("officialId").asText()).isEqualTo(MAAWALI);
        assertThat(toMaawali.get("nameAr").asText()).isEqualTo("سعيد المعولي");
        JsonNode toKhatib = published(damascus).get(3).get("data").get("escalatedTo");
        assertThat(toKhatib.get("nameAr").asText()).isEqualTo("إياد الخطيب");

        List<Map<String, Object>> history = given().when().get("/actions/{id}/history", muscat).then()
                .extract().jsonPath().getList("items");
        assertThat(history).extracting(h -> h.get("change") + "/" + h.get("source"))
                .containsExactly("CREATED/DECISION", "DUE_SOON/SCHEDULER", "OVERDUE/SCHEDULER", "ESCALATED/SCHEDULER");
    }

    @Test
    void twoReplicasSweepingAtOnceFireEachReminderOnce() throws Exception {
        String[] ids = decisionWithZonedOwners();
        clock.set(Instant.parse("2027-05-01T00:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<?>> replicas = List.of(
                CompletableFuture.runAsync(() -> sweepWhenStarted(start, sweep)),
                CompletableFuture.runAsync(() -> sweepWhenStarted(start, sweep)));
        start.countDown();
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();
        sweep.sweep(); // and again later, as after a restart

        for (String id : ids) {
            // Already late when first swept: no due-soon, one overdue, one escalation.
            awaitTypes(id, CREATED, OVERDUE, ESCALATED);
        }
    }

    @Test
    void anActionWhoseReminderCannotBeFiredDoesNotHoldBackTheOthersOfItsBatch() {
        String[] broken = decisionWithZonedOwners();
        String[] sound = decisionWithZonedOwners();
        // What this service knows of the first decision is lost: its reminders cannot be written.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from decision_ref where decision_id = ?1")
                .setParameter(1, UUID.fromString(decisionOfAction(broken[0]))).executeUpdate());

        sweepAt("2027-04-02T00:00:00Z");

        awaitTypes(sound[0], CREATED, OVERDUE);
        awaitTypes(sound[1], CREATED, OVERDUE);
        assertThat(publishedTypes(broken[0])).containsExactly(CREATED);
        assertThat(publishedTypes(broken[1])).containsExactly(CREATED);
    }

    String decisionOfAction(String actionId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(decision_id as text) from action where id = ?1")
                .setParameter(1, UUID.fromString(actionId)).getSingleResult().toString());
    }

    @Test
    void doneAndCancelledActionsAreNotChasedAndANewDueDateRearmsTheReminders() {
        String[] ids = decisionWithZonedOwners();
        clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة")).when()
                .post("/actions/{id}/status", ids[1]).then().statusCode(200);

        sweepAt("2027-04-01T00:00:00Z");
        awaitTypes(ids[0], CREATED, OVERDUE);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-06-30"))
                .when().patch("/actions/{id}", ids[0]).then().statusCode(200)
                .body("overdue", org.hamcrest.Matchers.equalTo(false));
        sweepAt("2027-04-02T00:00:00Z");
        sweepAt("2027-06-29T00:00:00Z");
        sweepAt("2027-07-01T00:00:00Z");
        awaitTypes(ids[0], CREATED, OVERDUE, DUE_SOON, OVERDUE);
        assertThat(publishedTypes(ids[1])).containsExactly(CREATED, "org.mutabaa.action.status-changed.v1");
    }

    /** Returns the actions of a new decision: [the Omani undersecretary's, the Syrian director general's]. */
    String[] decisionWithZonedOwners() {
        publishOfficial(OM_UNDERSECRETARY, OM_MTCIT, "OM", "وزارة النقل والاتصالات وتقنية المعلومات", null,
                null, "وكيل وزارة النقل والاتّصالات المسؤول عن الحكومة الإلكترونية والتحول الرقمي", "en",
                "Asia/Muscat", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                officials.findByIdOptional(UUID.fromString(OM_UNDERSECRETARY)).map(o -> o.timeZone).orElse(""))
                .equals("Asia/Muscat"));
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        return new String[] {actionOf(decisionId(event), OM_UNDERSECRETARY),
                actionOf(decisionId(event), SY_DIRECTOR_GENERAL)};
    }

    void sweepAt(String instant) {
        clock.set(Instant.parse(instant));
        sweep.sweep();
    }

    static void sweepWhenStarted(CountDownLatch start, ReminderSweep sweep) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sweep.sweep();
    }

    /** Waits until the relay has published the action's events and checks they are exactly these, in order. */
    static void awaitTypes(String actionId, String... types) {
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedTypes(actionId).size() >= types.length);
        assertThat(publishedTypes(actionId)).containsExactly(types);
    }
}
