package org.mutabaa.meetings.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.Published;
import org.mutabaa.meetings.SeedData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mutabaa.meetings.operations.MetricsTest.metrics;
import static org.mutabaa.meetings.operations.MetricsTest.value;

/**
 * An event too large for the broker stops nothing: the API refuses a change whose event would
 * exceed the stated budget, and an event the broker refuses anyway is parked, shown, counted and
 * sent again by an administrator, while the other keys' events go on and the later events of its
 * own key wait behind it.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OutboxParkingTest {

    @Test
    void aChangeWhoseEventWouldBeTooLargeIsRefusedNamingTheFieldAndChangesNothing() {
        SeedData seed = SeedData.record();
        // Ten action items of 20,000 Arabic letters each: a 400 KB decision, adopted (its event is
        // under the 900 KiB budget).
        Map<String, Object> decision = seed.decisionTwo();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(Map.of("textAr", arabic(20_000, i), "ownerId", seed.khatib, "dueDate", "2027-03-31"));
        }
        decision.put("actionItems", items);
        String id = SeedData.post("/meetings/" + seed.meeting + "/decisions", decision);
        given().when().post("/decisions/{id}/adopt", id).then().statusCode(200);

        // Amending it would publish the items three times (the decision, before, after): refused.
        Map<String, Object> amended = new LinkedHashMap<>(decision);
        List<Map<String, Object>> changed = new ArrayList<>(items);
        changed.set(0, Map.of("textAr", arabic(20_000, 99), "ownerId", seed.khatib, "dueDate", "2027-03-31"));
        amended.put("actionItems", changed);
        given().contentType(ContentType.JSON).body(amended).when().put("/decisions/{id}", id).then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("actionItems"))
                .body("errors[0].message", containsString("more than the 900 KiB an event may carry"));
        given().when().get("/decisions/{id}", id).then().statusCode(200).body("amendedAt", nullValue())
                .body("actionItems[0].textAr", equalTo(arabic(20_000, 0)));
        assertThat(Published.await(InfraResource.decisionsTopic, id, 1)).hasSize(1);
    }

    @Test
    void anEventTheBrokerRefusesIsParkedWhileOthersGoOnAndIsSentAgainByAnAdministrator() throws Exception {
        SeedData seed = SeedData.record();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfra.endpoints().bootstrapServers()))) {
            // The broker takes at most 20 KB per batch on this topic (an operator's lower limit).
            maxMessageBytes(admin, 20_000);
            try {
                Map<String, Object> large = seed.decisionTwo();
                large.put("textAr", arabic(20_000, 1)); // 40 KB that lz4 cannot shrink below 20 KB
                String refused = SeedData.post("/meetings/" + seed.meeting + "/decisions", large);
                given().when().post("/decisions/{id}/adopt", refused).then().statusCode(200);

                JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(() -> parkedEvents(),
                        p -> p.size() == 1).get(0);
                assertThat(parked.get("type").asText()).isEqualTo("org.mutabaa.decision.adopted.v1");
                assertThat(parked.get("key").asText()).isEqualTo(refused);
                assertThat(parked.get("reason").asText()).contains("RecordTooLargeException");

                // Another decision goes out; an amendment of the parked one waits behind it.
                String other = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
                given().when().post("/decisions/{id}/adopt", other).then().statusCode(200);
                assertThat(Published.await(InfraResource.decisionsTopic, other, 1)).hasSize(1);
                Map<String, Object> amendment = seed.decisionTwo();
                amendment.put("dueDate", "2027-04-30");
                given().contentType(ContentType.JSON).body(amendment).when().put("/decisions/{id}", refused)
                        .then().statusCode(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> parkedEvents().get(0).get("waiting").asInt() == 1);
                String third = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
                given().when().post("/decisions/{id}/adopt", third).then().statusCode(200);
                assertThat(Published.await(InfraResource.decisionsTopic, third, 1)).hasSize(1);
                assertThat(Published.events(InfraResource.decisionsTopic, refused)).isEmpty();
                assertThat(value(metrics(), "mutabaa_outbox_parked")).isEqualTo(1);
                assertThat(value(metrics(), "mutabaa_events_parked_total{type=\"org.mutabaa.decision.adopted.v1\"}"))
                        .isGreaterThanOrEqualTo(1);
                // Only an administrator sees or moves parked events.
                given().auth().oauth2(TestInfra.tokens().issue(seed.khatib, seed.syMinistry, List.of("secretariat"),
                        Duration.ofMinutes(5))).when().get("/outbox/parked").then().statusCode(403);

                // The operator raises the limit; the administrator sends the event again: both events
                // of the decision arrive, in order.
                maxMessageBytes(admin, 1_048_588);
                given().when().post("/outbox/parked/{id}/retry", parked.get("eventId").asText()).then()
                        .statusCode(200).body("eventId", equalTo(parked.get("eventId").asText()));
                List<JsonNode> events = Published.await(InfraResource.decisionsTopic, refused, 2);
                assertThat(events).extracting(e -> e.get("type").asText())
                        .containsExactly("org.mutabaa.decision.adopted.v1", "org.mutabaa.decision.amended.v1");
                given().when().get("/outbox/parked").then().statusCode(200).body("$", hasSize(0));
                given().when().post("/outbox/parked/{id}/retry", parked.get("eventId").asText()).then()
                        .statusCode(404).contentType("application/problem+json");
                await().atMost(Duration.ofSeconds(30)).until(() -> value(metrics(), "mutabaa_outbox_parked") == 0);
            } finally {
                maxMessageBytes(admin, 1_048_588);
            }
        }
    }

    static List<JsonNode> parkedEvents() {
        JsonNode list = given().when().get("/outbox/parked").then().statusCode(200).extract().as(JsonNode.class);
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    static void maxMessageBytes(Admin admin, int bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, InfraResource.decisionsTopic);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", Integer.toString(bytes)), AlterConfigOp.OpType.SET)))).all().get();
    }

    /** {@code n} Arabic letters drawn at random (seeded): text that does not compress much. */
    static String arabic(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(i % 7 == 6 ? ' ' : (char) ('\u0628' + random.nextInt(26)));
        }
        return out.toString();
    }
}
