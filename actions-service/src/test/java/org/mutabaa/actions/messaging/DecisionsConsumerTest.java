package org.mutabaa.actions.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TopicReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.mutabaa.actions.Fixtures.*;

/** Decisions in, actions out, exactly once, on the real broker and database. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionsConsumerTest {

    /** Waits for the record carrying {@code text} on the dead-letter topic and returns why it is there. */
    static String deadLetterReason(String text) {
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(bootstrap(), InfraResource.decisionsDlq).stream()
                        .filter(r -> r.value() != null && r.value().contains(text)).findFirst(),
                Optional::isPresent).orElseThrow();
        return new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    static final String STATUS_CHANGED = "org.mutabaa.action.status-changed.v1";

    @Test
    void everyDecisionAdoptedExampleIsReadAndYieldsOneActionPerOwner() throws Exception {
        List<Path> examples = Contracts.examples("meetings-service", "decision-adopted");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(example));
            String decision = UUID.randomUUID().toString();
            event.put("id", UUID.randomUUID().toString());
            data(event).put("decisionId", decision);
            publishDecision(event);

            JsonNode data = event.get("data");
            awaitActions(decision, data.get("owners").size());
            given().queryParam("decisionId", decision).when().get("/actions")
                    .then().statusCode(200)
                    .body("items.owner.officialId", containsInAnyOrder(
                            data.get("owners").findValuesAsText("officialId").toArray()))
                    .body("items.titleAr", everyItem(equalTo(data.get("textAr").asText())))
                    .body("items.status", everyItem(equalTo("OPEN")))
                    .body("items.dueDate", everyItem(equalTo(data.has("dueDate") ? data.get("dueDate").asText() : null)))
                    .body("items.meetingId", everyItem(equalTo(data.get("meeting").get("id").asText())));
        }
    }

    @Test
    void theSameEventTwiceOrUnderAnotherIdCreatesAndPublishesNothingNew() throws Exception {
        ObjectNode event = adopted();
        String decision = decisionId(event);
        publishDecision(event);
        List<Map<String, Object>> actions = awaitActions(decision, 2);
        String first = (String) actions.get(0).get("id");
        awaitPublished(first, "org.mutabaa.action.created.v1", 1);

        publishDecision(event);
        ObjectNode resent = event.deepCopy();
        resent.put("id", UUID.randomUUID().toString());
        publishDecision(resent);
        // A later decision, once processed, proves the duplicates before it were consumed (one partition, in order).
        ObjectNode marker = adopted();
        publishDecision(marker);
        awaitActions(decisionId(marker), 2);

        assertThat(actions(decision)).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> !published(actionOf(decisionId(marker),
                SY_DIRECTOR_GENERAL)).isEmpty());
        assertThat(publishedTypes(first)).containsExactly("org.mutabaa.action.created.v1");
    }

    @Test
    void anOrganisationOwnerGetsAnActionOnTheOrganisation() {
        ObjectNode event = adopted();
        owners(event).removeAll();
        String telecom = UUID.randomUUID().toString();
        data(event).putArray("organisationOwners").addObject().put("organisationId", telecom).put("kind", "COMPANY")
                .put("countryCode", "SY").put("nameAr", "الشركة السورية للاتصالات").put("nameEn", "Syrian Telecom");
        publishDecision(event);

        Map<String, Object> action = awaitActions(decisionId(event), 1).get(0);
        assertThat(action.get("owner")).isEqualTo(Map.of("kind", "ORGANISATION", "organisationId", telecom,
                "organisationNameAr", "الشركة السورية للاتصالات", "organisationNameEn", "Syrian Telecom",
                "countryCode", "SY"));
        JsonNode created = awaitPublished((String) action.get("id"), "org.mutabaa.action.created.v1", 1).get(0);
        assertThat(created.get("data").get("owner").has("officialId")).isFalse();
        assertThat(created.get("data").get("owner").get("organisationNameAr").asText())
                .isEqualTo("الشركة السورية للاتصالات");
    }

    @Test
    void explicitActionItemsGiveOneActionEachWithTheirOwnTextAndDueDate() {
        ObjectNode event = adopted();
        ArrayNode items = data(event).putArray("actionItems");
        items.addObject().put("position", 1).put("textAr", "إعداد مسودة مذكرة التفاهم في مجال أمن المعلومات")
                .put("dueDate", "2027-01-15").set("owner", owners(event).get(1).deepCopy());
        items.addObject().put("position", 2).put("textAr", "تسمية فريق العمل العماني")
                .set("owner", owners(event).get(0).deepCopy());
        publishDecision(event);

        List<Map<String, Object>> actions = awaitActions(decisionId(event), 2);
        Map<String, Object> draft = actions.stream().filter(a -> Integer.valueOf(1).equals(a.get("itemPosition")))
                .findFirst().orElseThrow();
        assertThat(draft.get("titleAr")).isEqualTo("إعداد مسودة مذكرة التفاهم في مجال أمن المعلومات");
        assertThat(draft.get("dueDate")).isEqualTo("2027-01-15");
        assertThat(((Map<?, ?>) draft.get("owner")).get("officialId")).isEqualTo(SY_DIRECTOR_GENERAL);
        Map<String, Object> team = actions.stream().filter(a -> Integer.valueOf(2).equals(a.get("itemPosition")))
                .findFirst().orElseThrow();
        assertThat(team.get("dueDate")).isEqualTo(data(event).get("dueDate").asText());
    }

    @Test
    void anAmendmentUpdatesTextAndDueDateAddsNewOwnersAndCancelsRemovedOnes() {
        ObjectNode event = adopted();
        String decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        String kept = actionOf(decision, SY_DIRECTOR_GENERAL);
        String removed = actionOf(decision, OM_UNDERSECRETARY);

        ObjectNode amended = amended(event, "ownerIds");
        data(amended).put("dueDate", "2027-06-30").put("textAr", "نصّ معدّل: نقل الخبرة العمانية خلال ستة أشهر");
        ArrayNode owners = owners(amended);
        owners.remove(0); // the Omani undersecretary
        String newOwner = UUID.randomUUID().toString();
        owners.add(person(newOwner, UUID.randomUUID().toString(), "SY", "مدير أمن المعلومات", null,
                "مدير أمن المعلومات في الهيئة الوطنية لخدمات الشبكة", "ar"));
        publishDecision(amended);

        awaitActions(decision, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var cancelled = action(removed);
            assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
            assertThat(cancelled.getString("statusReason")).contains("amended");
        });
        var updated = action(kept);
        assertThat(updated.getString("status")).isEqualTo("OPEN");
        assertThat(updated.getString("dueDate")).isEqualTo("2027-06-30");
        assertThat(updated.getString("titleAr")).isEqualTo("نصّ معدّل: نقل الخبرة العمانية خلال ستة أشهر");
        assertThat(action(actionOf(decision, newOwner)).getString("dueDate")).isEqualTo("2027-06-30");

        JsonNode change = awaitPublished(removed, STATUS_CHANGED, 1).get(0).get("data");
        assertThat(change.get("previousStatus").asText()).isEqualTo("OPEN");
        assertThat(change.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(change.get("cause").asText()).isEqualTo("DECISION_AMENDED");
        assertThat(given().when().get("/actions/{id}/history", kept).then().statusCode(200).extract().jsonPath()
                .getList("items.change", String.class)).contains("CREATED", "TITLE", "DUE_DATE");

        // The same amendment again changes nothing.
        publishDecision(amended);
        awaitAllConsumed();
        assertThat(actions(decision)).hasSize(3);
        assertThat(publishedTypes(removed)).containsExactly("org.mutabaa.action.created.v1", STATUS_CHANGED);
    }

    @Test
    void anOwnerNamedAgainByALaterAmendmentGetsTheirActionBack() {
        ObjectNode event = adopted();
        String decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        String undersecretary = actionOf(decision, OM_UNDERSECRETARY);

        ObjectNode without = amended(event, "ownerIds");
        owners(without).remove(0);
        publishDecision(without);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "CANCELLED".equals(action(undersecretary).getString("status")));

        ObjectNode back = amended(event, "ownerIds");
        publishDecision(back);
        await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(action(undersecretary).getString("status")));
        assertThat(actions(decision)).hasSize(2);
    }

    @Test
    void aRevocationCancelsPendingActionsAndLeavesDoneOnesDone() {
        ObjectNode event = adopted();
        String decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        String done = actionOf(decision, SY_DIRECTOR_GENERAL);
        String open = actionOf(decision, OM_UNDERSECRETARY);
        given().contentType("application/json").body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة"))
                .when().post("/actions/{id}/status", done).then().statusCode(200);

        publishDecision(revoked(event, "أُدمج القرار في مذكرة التفاهم الموقعة بين الجانبين"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(action(open).getString("status")));
        assertThat(action(open).getString("statusReason"))
                .isEqualTo("أُدمج القرار في مذكرة التفاهم الموقعة بين الجانبين");
        assertThat(action(done).getString("status")).isEqualTo("DONE");
        JsonNode change = awaitPublished(open, STATUS_CHANGED, 1).get(0).get("data");
        assertThat(change.get("cause").asText()).isEqualTo("DECISION_REVOKED");
        assertThat(change.get("decisionOwners").findValuesAsText("officialId"))
                .containsExactlyInAnyOrder(SY_DIRECTOR_GENERAL, OM_UNDERSECRETARY);

        // An amendment arriving after the revocation does not bring the decision back.
        ObjectNode late = amended(event, "dueDate");
        data(late).put("dueDate", "2028-01-01");
        publishDecision(late);
        awaitAllConsumed();
        assertThat(action(open).getString("status")).isEqualTo("CANCELLED");
        assertThat(action(open).getString("dueDate")).isEqualTo(data(event).get("dueDate").asText());
    }

    @Test
    void everyPublishedEventMatchesItsContract() {
        ObjectNode event = adopted();
        String decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        String action = actionOf(decision, SY_DIRECTOR_GENERAL);
        given().contentType("application/json").body(Map.of("status", "BLOCKED", "reason", "بانتظار تسمية الفريق العماني"))
                .when().post("/actions/{id}/status", action).then().statusCode(200);
        publishDecision(revoked(event, "أُدمج القرار في مذكرة التفاهم"));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(bootstrap(), InfraResource.actionsTopic).stream()
                        .filter(r -> r.value().contains(decision)).toList(), r -> r.size() == 5);
        for (ConsumerRecord<String, String> record : records) {
            JsonNode e = tree(record);
            String schema = e.get("type").asText().replace("org.mutabaa.action.", "action-");
            assertThat(Contracts.violations("actions-service", schema, record.value())).as(schema).isEmpty();
            assertThat(record.key()).isEqualTo(e.get("data").get("actionId").asText());
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String poison = "{\"specversion\":\"1.0\",\"type\":\"org.mutabaa.decision.adopted.v1\"  -- not JSON";
        TopicReader.write(bootstrap(), InfraResource.decisionsTopic, "poison-" + UUID.randomUUID(), poison, Map.of());
        ObjectNode after = adopted();
        publishDecision(after);

        awaitActions(decisionId(after), 2);
        assertThat(deadLetterReason(poison)).contains("not a CloudEvents JSON envelope");
    }

    @Test
    void aForgedEventFromAnotherSourceIsDeadLetteredAndChangesNothing() {
        ObjectNode forged = adopted();
        forged.put("source", "/mutabaa/intruder");
        publishDecision(forged);
        String id = forged.get("id").asText();

        assertThat(deadLetterReason(id)).contains("comes from /mutabaa/intruder");
        awaitAllConsumed();
        assertThat(actions(decisionId(forged))).isEmpty();
    }

    @Test
    void aLaterEventCannotChangeADecisionsClassificationOrRecordingOrganisation() {
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("classification", "CONFIDENTIAL");
        String decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        String action = actionOf(decision, SY_DIRECTOR_GENERAL);
        String elsewhere = UUID.randomUUID().toString();

        // An amendment that would make it public, recorded by another organisation: refused whole.
        ObjectNode widening = amended(event, "textAr");
        data(widening).put("textAr", "نصّ لا يجوز أن يُطبّق");
        ((ObjectNode) data(widening).get("meeting")).put("classification", "PUBLIC").put("recordedBy", elsewhere);
        publishDecision(widening);
        assertThat(deadLetterReason(widening.get("id").asText())).contains("classification")
                .contains("never changes");
        ObjectNode revocation = revoked(event, "إلغاء مزوّر");
        ((ObjectNode) data(revocation).get("meeting")).put("recordedBy", elsewhere);
        publishDecision(revocation);
        assertThat(deadLetterReason(revocation.get("id").asText())).contains("recording organisation");

        // An amendment that keeps them is applied; the decision is still confidential to that organisation.
        ObjectNode honest = amended(event, "textAr");
        data(honest).put("textAr", "نصّ معدّل بصدق");
        publishDecision(honest);
        await().atMost(Duration.ofSeconds(30)).until(() -> action(action).getString("titleAr").equals("نصّ معدّل بصدق"));
        assertThat(action(action).getString("status")).isEqualTo("OPEN");
        given().auth().oauth2(org.mutabaa.infra.testkit.TestInfra.tokens().issue(UUID.randomUUID().toString(), elsewhere,
                        List.of("secretariat"), Duration.ofMinutes(5)))
                .when().get("/actions/{id}", action).then().statusCode(404);
    }

    @Test
    void anEventWithoutAnyOwnerIsDeadLetteredNotHalfApplied() {
        ObjectNode event = adopted();
        owners(event).removeAll();
        publishDecision(event);
        String id = event.get("id").asText();

        assertThat(deadLetterReason(id)).contains("no owner");
        assertThat(actions(decisionId(event))).isEmpty();
    }

    @Test
    void aDueInWorkingDaysNoCalendarCouldCountIsDeadLetteredAndTheNextDecisionIsApplied() {
        ObjectNode endless = adopted();
        data(endless).remove("dueDate");
        data(endless).put("dueInWorkingDays", 2_000_000_000);
        publishDecision(endless);
        ObjectNode next = adopted();
        publishDecision(next);

        assertThat(deadLetterReason(endless.get("id").asText())).contains("dueInWorkingDays");
        awaitActions(decisionId(next), 2);
        assertThat(actions(decisionId(endless))).isEmpty();
    }

    @Test
    void anEventAtFaultAmongItsBatchMatesIsParkedAloneAndTheOthersAreAppliedOnce() throws Exception {
        ObjectNode before = adopted();
        ObjectNode ownerless = adopted();
        owners(ownerless).removeAll();
        ObjectNode after = adopted();
        // One produce request on the topic's one partition: the consumer polls them as one batch.
        try (KafkaProducer<String, String> producer = TopicReader.producer(bootstrap())) {
            for (ObjectNode event : List.of(before, ownerless, after, before)) {
                ProducerRecord<String, String> record = new ProducerRecord<>(InfraResource.decisionsTopic,
                        decisionId(event), event.toString());
                record.headers().add("content-type", CLOUDEVENTS.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }

        assertThat(deadLetterReason(ownerless.get("id").asText())).contains("no owner");
        awaitActions(decisionId(before), 2);
        awaitActions(decisionId(after), 2);
        awaitAllConsumed();
        assertThat(actions(decisionId(before))).hasSize(2);
        assertThat(actions(decisionId(after))).hasSize(2);
        assertThat(actions(decisionId(ownerless))).isEmpty();
    }
}
