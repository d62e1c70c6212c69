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

        // Seven working days' grace, Fridays and Saturdays off in both countries: late from Thursday
        // 1 April, so 1, 4–8 and 11 April; escalated from the start of Monday 12 April, not seven calendar
        // days after.
        sweepAt("2027-04-08T21:00:00Z");
        assertThat(changes(muscat)).doesNotContain("ESCALATED");
        assertThat(changes(damascus)).doesNotContain("ESCALATED");
        sweepAt("2027-04-11T20:59:59Z"); // Monday in Muscat: Muscat escalates, Damascus not yet
        awaitTypes(muscat, CREATED, DUE_SOON, OVERDUE, ESCALATED);
        assertThat(changes(damascus)).doesNotContain("ESCALATED");
        sweepAt("2027-04-11T21:00:00Z");
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
    void actionsWhoseReminderCannotBeFiredDoNotHoldBackTheOthers() {
        // Due a day earlier, the two broken actions fill the sweep's first page (two in tests).
        String[] broken = decisionWithZonedOwners("2027-03-30");
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

    /** The changes in the action's history, oldest first. */
    static List<String> changes(String actionId) {
        return given().when().get("/actions/{id}/history", actionId).then().statusCode(200)
                .extract().jsonPath().getList("items.change", String.class);
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

    /**
     * Due Monday 8 March 2027, the day before Eid al-Fitr (Tuesday to Thursday) and the weekend: in
     * both countries nobody is late before Sunday 14 March. Three working days' notice start on
     * Thursday 4 March. Seven working days late are 14–18, then 22–23 March in Syria (Sunday 21 March
     * is Mother's Day there) but 14–18 and 21–22 in Oman.
     */
    @Test
    void dueSoonLateAndEscalationCountTheOwnersWorkingDays() {
        String[] ids = decisionWithZonedOwners("2027-03-08");
        String muscat = ids[0];
        String damascus = ids[1];
        assertThat(action(muscat).getString("overdueAt")).isEqualTo("2027-03-13T20:00:00Z");
        assertThat(action(damascus).getString("overdueAt")).isEqualTo("2027-03-13T21:00:00Z");

        sweepAt("2027-03-03T19:59:59Z");
        assertThat(changes(muscat)).containsExactly("CREATED");
        sweepAt("2027-03-03T20:30:00Z"); // Thursday in Muscat, still Wednesday in Damascus
        awaitTypes(muscat, CREATED, DUE_SOON);
        assertThat(changes(damascus)).containsExactly("CREATED");
        sweepAt("2027-03-03T21:00:00Z");
        awaitTypes(damascus, CREATED, DUE_SOON);

        sweepAt("2027-03-10T12:00:00Z"); // two calendar days after the due date, on Eid: not late
        assertThat(changes(muscat)).doesNotContain("OVERDUE");
        given().queryParam("decisionId", action(muscat).getString("decisionId")).queryParam("overdue", true)
                .when().get("/actions").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        sweepAt("2027-03-13T21:00:00Z");
        awaitTypes(muscat, CREATED, DUE_SOON, OVERDUE);
        awaitTypes(damascus, CREATED, DUE_SOON, OVERDUE);

        sweepAt("2027-03-22T20:30:00Z"); // Tuesday 23 March in Muscat: seven working days late there
        awaitTypes(muscat, CREATED, DUE_SOON, OVERDUE, ESCALATED);
        assertThat(changes(damascus)).doesNotContain("ESCALATED");
        sweepAt("2027-03-23T20:59:59Z");
        assertThat(changes(damascus)).doesNotContain("ESCALATED");
        sweepAt("2027-03-23T21:00:00Z"); // Wednesday 24 March in Damascus
        awaitTypes(damascus, CREATED, DUE_SOON, OVERDUE, ESCALATED);

        // The dashboard counts the lateness of the oldest in its owner's working days: on Thursday 25
        // March in Damascus, 14–18 and 22–25 March.
        clock.set(Instant.parse("2027-03-25T09:00:00Z"));
        given().queryParam("meetingId", action(damascus).getString("meetingId")).queryParam("countryCode", "SY")
                .when().get("/dashboard/countries").then().statusCode(200)
                .body("[0].oldestOverdue.daysOverdue", org.hamcrest.Matchers.equalTo(9));
    }

    /**
     * A holiday a Syrian secretariat announces on Thursday 16 October 2031 gives the Syrian owner of an
     * action due the day before until Sunday 19th; the Omani owner of the same decision is late on the
     * 16th still. Withdrawing it gives the Thursday back.
     */
    @Test
    void anAnnouncedHolidayMovesWhenTheCountrysPendingActionsAreLate() {
        String[] ids = decisionWithZonedOwners("2031-10-15");
        assertThat(action(ids[1]).getString("overdueAt")).isEqualTo("2031-10-15T21:00:00Z");
        String ministry = UUID.randomUUID().toString();
        String secretary = UUID.randomUUID().toString();
        publishOfficial(secretary, ministry, "SY", "وزارة الاتصالات والتقانة", "فادية سليمان", null,
                "مديرة التعاون الدولي", "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(secretary)).isPresent()));
        String syrian = org.mutabaa.infra.testkit.TestInfra.token(secretary, ministry, "secretariat");

        given().auth().oauth2(syrian).contentType(ContentType.JSON)
                .body(Map.of("nameAr", "عطلة رسمية معلنة", "nameEn", "Announced public holiday"))
                .when().put("/calendars/SY/holidays/2031-10-16").then().statusCode(200);
        assertThat(action(ids[1]).getString("overdueAt")).isEqualTo("2031-10-18T21:00:00Z");
        assertThat(action(ids[0]).getString("overdueAt")).isEqualTo("2031-10-15T20:00:00Z");
        sweepAt("2031-10-16T12:00:00Z");
        awaitTypes(ids[0], CREATED, OVERDUE);
        assertThat(changes(ids[1])).containsExactly("CREATED", "DUE_SOON");

        given().auth().oauth2(syrian).when().delete("/calendars/SY/holidays/2031-10-16").then().statusCode(200);
        assertThat(action(ids[1]).getString("overdueAt")).isEqualTo("2031-10-15T21:00:00Z");
        sweepAt("2031-10-16T12:00:01Z");
        awaitTypes(ids[1], CREATED, DUE_SOON, OVERDUE);
    }

    /** Returns the actions of a new decision: [the Omani undersecretary's, the Syrian director general's]. */
    String[] decisionWithZonedOwners() {
        return decisionWithZonedOwners(null);
    }

    /** As above, due on {@code dueDate} (the example's 31 March 2027 when null). */
    String[] decisionWithZonedOwners(String dueDate) {
        publishOfficial(OM_UNDERSECRETARY, OM_MTCIT, "OM", "وزارة النقل والاتصالات وتقنية المعلومات", null,
                null, "وكيل وزارة النقل والاتّصالات المسؤول عن الحكومة الإلكترونية والتحول الرقمي", "en",
                "Asia/Muscat", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                officials.findByIdOptional(UUID.fromString(OM_UNDERSECRETARY)).map(o -> o.timeZone).orElse(""))
                .equals("Asia/Muscat"));
        ObjectNode event = adopted();
        if (dueDate != null) {
            data(event).put("dueDate", dueDate);
            ((ObjectNode) data(event).get("meeting")).put("id", UUID.randomUUID().toString());
        }
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
