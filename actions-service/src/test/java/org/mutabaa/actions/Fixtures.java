package org.mutabaa.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Events as meetings-service publishes them, built from the contract examples (the seed
 * meeting's real names), written to this test class's topics; and what actions-service made of them.
 */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String CLOUDEVENTS = "application/cloudevents+json; charset=UTF-8";

    /** The heads of delegation in the examples: إياد الخطيب (SY) and سعيد المعولي (OM). */
    public static final String KHATIB = "4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a81";
    public static final String MAAWALI = "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9ca3";
    /** The owners in the examples: the Omani undersecretary (prefers English) and the Syrian director general. */
    public static final String OM_UNDERSECRETARY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String SY_DIRECTOR_GENERAL = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    /** The Syrian ministry: its secretariat recorded the example meeting. */
    public static final String SY_MOCT = "5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b92";
    public static final String OM_MTCIT = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

    private Fixtures() {
    }

    /**
     * The DecisionAdopted example with a new event id and decision id, due on 31 March 2027, without
     * its lead and counterpart (so that a test may change the owners freely; CounterpartsTest pairs them).
     */
    public static ObjectNode adopted() {
        ObjectNode event = read("meetings-service/decision-adopted.v1.example.json");
        data(event).remove("counterparts");
        String decision = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", "decisions/" + decision);
        data(event).put("decisionId", decision).put("dueDate", "2027-03-31");
        return event;
    }

    /** A DecisionAmended of the same decision, the decision as it now stands (edit its data). */
    public static ObjectNode amended(ObjectNode adopted, String field) {
        ObjectNode event = adopted.deepCopy();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", "org.mutabaa.decision.amended.v1");
        ObjectNode data = data(event);
        data.remove("adoptedAt");
        data.put("amendedAt", "2026-12-02T10:00:00.000001Z");
        data.putArray("changes").addObject().put("field", field);
        return event;
    }

    public static ObjectNode revoked(ObjectNode adopted, String reason) {
        ObjectNode event = read("meetings-service/decision-revoked.v1.example.json");
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", adopted.get("subject").asText());
        ObjectNode data = data(event);
        data.put("decisionId", decisionId(adopted));
        data.set("meeting", data(adopted).get("meeting").deepCopy());
        data.set("owners", data(adopted).get("owners").deepCopy());
        data.put("reason", reason);
        return event;
    }

    public static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    public static String decisionId(ObjectNode event) {
        return event.get("data").get("decisionId").asText();
    }

    public static ArrayNode owners(ObjectNode event) {
        return (ArrayNode) event.get("data").get("owners");
    }

    /** A person of the directory as decision events carry them. */
    public static ObjectNode person(String officialId, String organisationId, String country, String nameAr,
                                    String nameEn, String titleAr, String language) {
        ObjectNode p = JSON.createObjectNode();
        p.put("officialId", officialId).put("organisationId", organisationId).put("countryCode", country);
        if (nameAr != null) {
            p.put("nameAr", nameAr);
        }
        if (nameEn != null) {
            p.put("nameEn", nameEn);
        }
        p.put("titleAr", titleAr).put("preferredLanguage", language);
        return p;
    }

    public static void publishDecision(ObjectNode event) {
        TopicReader.write(bootstrap(), InfraResource.decisionsTopic, decisionId(event), event.toString(),
                Map.of("content-type", CLOUDEVENTS));
    }

    /** Publishes an OfficialUpserted for the official (the example's shape) and returns the event. */
    public static ObjectNode publishOfficial(String officialId, String organisationId, String country,
                                             String organisationNameAr, String nameAr, String nameEn, String titleAr,
                                             String language, String timeZone, boolean active) {
        ObjectNode event = read("meetings-service/official-upserted.v1.example.json");
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", "officials/" + officialId);
        ObjectNode data = data(event);
        data.put("officialId", officialId);
        ObjectNode organisation = (ObjectNode) data.get("organisation");
        organisation.put("id", organisationId).put("countryCode", country).put("nameAr", organisationNameAr);
        organisation.remove("nameEn");
        data.put("nameAr", nameAr).put("nameEn", nameEn).put("titleAr", titleAr).put("preferredLanguage", language)
                .put("active", active).put("changedAt", java.time.OffsetDateTime.now().toString());
        data.remove("titleEn");
        if (timeZone != null) {
            data.put("timeZone", timeZone);
        }
        TopicReader.write(bootstrap(), InfraResource.officialsTopic, officialId, event.toString(),
                Map.of("content-type", CLOUDEVENTS));
        return event;
    }

    /**
     * Publishes another decision and waits for its actions: on one partition, everything published
     * before it has then been consumed.
     */
    public static void awaitAllConsumed() {
        ObjectNode marker = adopted();
        publishDecision(marker);
        awaitActions(decisionId(marker), 2);
    }

    /** Waits until the decision has {@code count} actions and returns them as the API lists them. */
    public static List<Map<String, Object>> awaitActions(String decisionId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("decisionId", decisionId).when().get("/actions")
                        .then().statusCode(200).body("total", equalTo(count)));
        return actions(decisionId);
    }

    public static List<Map<String, Object>> actions(String decisionId) {
        return given().queryParam("decisionId", decisionId).queryParam("size", 200).when().get("/actions")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The decision's action owned by the official. */
    public static String actionOf(String decisionId, String officialId) {
        return actions(decisionId).stream()
                .filter(a -> officialId.equals(((Map<?, ?>) a.get("owner")).get("officialId")))
                .map(a -> (String) a.get("id")).findFirst().orElseThrow();
    }

    public static JsonPath action(String actionId) {
        return given().when().get("/actions/{id}", actionId).then().statusCode(200).extract().jsonPath();
    }

    /** Events published on actions.lifecycle for the action, in order. */
    public static List<JsonNode> published(String actionId) {
        return TopicReader.readAll(bootstrap(), InfraResource.actionsTopic).stream()
                .filter(r -> actionId.equals(r.key()))
                .map(Fixtures::tree).toList();
    }

    public static List<String> publishedTypes(String actionId) {
        return published(actionId).stream().map(e -> e.get("type").asText()).toList();
    }

    /** Events of the type published for the action, once at least {@code count} are there. */
    public static List<JsonNode> awaitPublished(String actionId, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> published(actionId).stream().filter(e -> type.equals(e.get("type").asText())).toList(),
                l -> l.size() >= count);
    }

    public static JsonNode tree(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static String bootstrap() {
        return TestInfra.endpoints().bootstrapServers();
    }

    public static ObjectNode read(String example) {
        try {
            return (ObjectNode) JSON.readTree(Contracts.read(Contracts.dir().resolve(example)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
