package org.mutabaa.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.Infra;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.Postgres;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged meetings-service's outbox: nothing committed is lost when the process dies
 * before publishing, and two replicas on one database publish every event once, in order per
 * decision.
 */
class OutboxReliabilityIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("mutabaa.root", "..")).toAbsolutePath().normalize();
    static final Path LOGS = ROOT.resolve("e2e-tests/target/suite-logs");

    @org.junit.jupiter.api.BeforeAll
    static void asAdmin() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.oauth2(TestInfra.adminToken());
    }

    @Test
    void decisionsCommittedBeforeACrashArePublishedOnceAfterTheRestart() {
        Infra.Endpoints infra = TestInfra.endpoints();
        Postgres.Database db = infra.database("meetings_crash_" + TestInfra.uniqueSuffix());
        String topic = TestInfra.newTopic("meetings.decisions");
        Map<String, String> env = topics(topic);
        env.put("MUTABAA_OUTBOX_PUBLISH", "false");

        SeedLoader.Loaded seed;
        ServiceProcess holding = ServiceProcess.start(ROOT, "meetings-service", Ports.free(), db,
                infra.bootstrapServers(), env, LOGS.resolve("meetings-service-crash-1.log"));
        try {
            seed = new SeedLoader(holding.baseUri(), TestInfra.adminToken()).load();
            assertThat(TopicReader.readAll(infra.bootstrapServers(), topic)).isEmpty();
        } finally {
            holding.process().kill(); // kill -9: the five adoptions are committed, none published
        }

        ServiceProcess restarted = ServiceProcess.start(ROOT, "meetings-service", Ports.free(), db,
                infra.bootstrapServers(), topics(topic), LOGS.resolve("meetings-service-crash-2.log"));
        try {
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> keys(topic).keySet().containsAll(seed.decisionIds()));
            Map<String, List<String>> published = keys(topic);
            for (String decision : seed.decisionIds()) {
                assertThat(published.get(decision)).as(decision).containsExactly("org.mutabaa.decision.adopted.v1");
            }
        } finally {
            restarted.close();
        }
    }

    @Test
    void tworeplicasPublishEveryEventOnceAndInOrderPerDecision() {
        Infra.Endpoints infra = TestInfra.endpoints();
        Postgres.Database db = infra.database("meetings_replicas_" + TestInfra.uniqueSuffix());
        String topic = TestInfra.newTopic("meetings.decisions");
        ServiceProcess first = ServiceProcess.start(ROOT, "meetings-service", Ports.free(), db,
                infra.bootstrapServers(), topics(topic), LOGS.resolve("meetings-service-replica-1.log"));
        ServiceProcess second = ServiceProcess.start(ROOT, "meetings-service", Ports.free(), db,
                infra.bootstrapServers(), topics(topic), LOGS.resolve("meetings-service-replica-2.log"));
        try {
            SeedLoader.Loaded seed = new SeedLoader(first.baseUri(), TestInfra.adminToken()).load();
            List<ServiceProcess> replicas = List.of(first, second);
            List<String> decisions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ServiceProcess replica = replicas.get(i % 2);
                String decision = given().baseUri(replica.baseUri().toString()).contentType(ContentType.JSON)
                        .body(Map.of("type", "COMMITMENT", "textAr", "متابعة رقم " + i,
                                "ownerIds", List.of(seed.officialIds().get("suleiman"))))
                        .post("/meetings/{id}/decisions", seed.meetingId())
                        .then().statusCode(201).extract().path("id");
                given().baseUri(replica.baseUri().toString()).post("/decisions/{id}/adopt", decision)
                        .then().statusCode(200);
                // amended through the other replica, right after
                given().baseUri(replicas.get((i + 1) % 2).baseUri().toString()).contentType(ContentType.JSON)
                        .body(Map.of("type", "COMMITMENT", "textAr", "متابعة رقم " + i, "dueDate", "2027-01-31",
                                "ownerIds", List.of(seed.officialIds().get("suleiman"))))
                        .put("/decisions/{id}", decision)
                        .then().statusCode(200);
                decisions.add(decision);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, List<String>> published = keys(topic);
                return decisions.stream().allMatch(d -> published.getOrDefault(d, List.of()).size() >= 2);
            });
            Map<String, List<String>> published = keys(topic);
            for (String decision : decisions) {
                assertThat(published.get(decision)).as(decision).containsExactly(
                        "org.mutabaa.decision.adopted.v1", "org.mutabaa.decision.amended.v1");
            }
            for (String decision : seed.decisionIds()) {
                assertThat(published.get(decision)).as(decision).containsExactly("org.mutabaa.decision.adopted.v1");
            }
        } finally {
            second.close();
            first.close();
        }
    }

    /** Event types per key, in topic order. */
    static Map<String, List<String>> keys(String topic) {
        return TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), topic).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> type(r.value()), Collectors.toList())));
    }

    static String type(String json) {
        try {
            JsonNode event = JSON.readTree(json);
            return event.get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> topics(String decisionsTopic) {
        Map<String, String> env = new java.util.HashMap<>(TestInfra.tokens().env());
        env.put("MUTABAA_OUTBOX_TOPICS_DECISIONS", decisionsTopic);
        env.put("MP_MESSAGING_OUTGOING_OUTBOX_TOPIC", decisionsTopic);
        env.put("MUTABAA_OUTBOX_TOPICS_OFFICIALS", decisionsTopic + ".officials");
        return env;
    }
}
