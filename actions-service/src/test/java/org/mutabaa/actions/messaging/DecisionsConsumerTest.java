package org.mutabaa.actions.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.Contracts;
import org.mutabaa.infra.TestInfra;
import org.mutabaa.infra.TopicReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** DecisionAdopted in, one action per owner out, exactly once, on the real broker and database. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionsConsumerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyContractExampleIsReadAndYieldsOneActionPerOwner() throws Exception {
        List<Path> examples = Contracts.examples("meetings-service", "decision-adopted");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            ObjectNode event = fresh(Contracts.read(example));
            JsonNode data = event.get("data");
            String decision = data.get("decisionId").asText();
            publish(event);

            awaitActions(decision, data.get("owners").size());
            given().queryParam("decisionId", decision).when().get("/actions")
                    .then().statusCode(200)
                    .body("items.owner.officialId", containsInAnyOrder(
                            data.get("owners").findValuesAsText("officialId").toArray()))
                    .body("items.titleAr", everyItem(equalTo(data.get("textAr").asText())))
                    .body("items.status", everyItem(equalTo("OPEN")))
                    .body("items.meetingId", everyItem(equalTo(data.get("meeting").get("id").asText())));
        }
    }

    @Test
    void theSameEventTwiceCreatesNothingNewAndPublishesNothingNew() throws Exception {
        ObjectNode event = fresh(example());
        String decision = event.get("data").get("decisionId").asText();
        publish(event);
        awaitActions(decision, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> actionCreatedFor(decision).size() == 2);

        publish(event);
        // Redelivered under another event id (the producer's relay re-sent it): still one action per owner.
        ObjectNode resent = event.deepCopy();
        resent.put("id", UUID.randomUUID().toString());
        publish(resent);
        // A later decision, once processed, proves the duplicates before it were consumed.
        ObjectNode marker = fresh(example());
        publish(marker);
        awaitActions(marker.get("data").get("decisionId").asText(), 2);

        given().queryParam("decisionId", decision).when().get("/actions")
                .then().statusCode(200).body("total", equalTo(2));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> actionCreatedFor(marker.get("data").get("decisionId").asText()).size() == 2);
        assertThat(actionCreatedFor(decision)).hasSize(2);
    }

    @Test
    void publishedActionCreatedEventsMatchTheirContract() throws Exception {
        ObjectNode event = fresh(example());
        String decision = event.get("data").get("decisionId").asText();
        publish(event);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> actionCreatedFor(decision), r -> r.size() == 2);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations("actions-service", "action-created.v1", record.value())).isEmpty();
            JsonNode created = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(created.get("data").get("actionId").asText());
            assertThat(created.get("data").get("titleAr").asText())
                    .isEqualTo(event.get("data").get("textAr").asText());
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String poison = "{\"specversion\":\"1.0\",\"type\":\"org.mutabaa.decision.adopted.v1\"  -- not JSON";
        TopicReader.write(bootstrap(), InfraResource.decisionsTopic, "poison-" + UUID.randomUUID(), poison, Map.of());
        ObjectNode after = fresh(example());
        publish(after);

        awaitActions(after.get("data").get("decisionId").asText(), 2);
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(bootstrap(), InfraResource.decisionsDlq).stream()
                        .filter(r -> poison.equals(r.value())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a CloudEvents JSON envelope");
    }

    @Test
    void anEventWithoutOwnersIsDeadLetteredNotHalfApplied() throws Exception {
        ObjectNode event = fresh(example());
        ((ObjectNode) event.get("data")).putArray("owners");
        publish(event);
        String id = event.get("id").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(bootstrap(), InfraResource.decisionsDlq)
                .stream().anyMatch(r -> r.value() != null && r.value().contains(id)));
        given().queryParam("decisionId", event.get("data").get("decisionId").asText()).when().get("/actions")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void organisationOwnersAreNotHalfAppliedButDeadLettered() throws Exception {
        ObjectNode event = fresh(example());
        ObjectNode organisation = ((ObjectNode) event.get("data")).putArray("organisationOwners").addObject();
        organisation.put("organisationId", UUID.randomUUID().toString()).put("kind", "COMPANY")
                .put("countryCode", "SY").put("nameAr", "الشركة السورية للاتصالات");
        publish(event);
        String id = event.get("id").asText();

        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(bootstrap(), InfraResource.decisionsDlq).stream()
                        .filter(r -> r.value() != null && r.value().contains(id)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("organisation owners or action items");
        given().queryParam("decisionId", event.get("data").get("decisionId").asText()).when().get("/actions")
                .then().statusCode(200).body("total", equalTo(0));
    }

    static String example() {
        return Contracts.read(Contracts.dir().resolve("meetings-service/decision-adopted.v1.example.json"));
    }

    /** The example with a new event id and decision id, so each test has its own decision. */
    static ObjectNode fresh(String json) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(json);
        String decision = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", "decisions/" + decision);
        ((ObjectNode) event.get("data")).put("decisionId", decision);
        return event;
    }

    static void publish(ObjectNode event) {
        TopicReader.write(bootstrap(), InfraResource.decisionsTopic, event.get("data").get("decisionId").asText(),
                event.toString(), Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    static void awaitActions(String decision, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("decisionId", decision).when().get("/actions")
                        .then().statusCode(200).body("total", equalTo(count)));
    }

    static List<ConsumerRecord<String, String>> actionCreatedFor(String decision) {
        return TopicReader.readAll(bootstrap(), InfraResource.actionsTopic).stream()
                .filter(r -> r.value().contains(decision)).toList();
    }

    static String bootstrap() {
        return TestInfra.endpoints().bootstrapServers();
    }
}
