package org.mutabaa.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.notifications.repository.OfficialRepository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Events as the other services publish them, from the contract examples (the seed meeting's people). */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** The people of the examples. */
    public static final String KHATIB = "4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a81";
    public static final String MAAWALI = "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9ca3";
    public static final String OM_UNDERSECRETARY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String SY_DIRECTOR_GENERAL = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    public static final String SY_NANS = "3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f70";
    public static final String SY_MOCT = "5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b92";
    public static final String OM_MTCIT = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

    private Fixtures() {
    }

    /** The four officials of the examples, with email addresses and time zones, in the projection. */
    public static void seedOfficials(OfficialRepository officials) {
        official(KHATIB, SY_MOCT, "SY", "إياد الخطيب", "Iyad al-Khatib", "وزير الاتصالات والتقانة", null,
                "minister@moct.gov.sy", "ar", "Asia/Damascus");
        official(MAAWALI, OM_MTCIT, "OM", "سعيد المعولي", "Saeed al-Maawali", "وزير النقل والاتصالات", null,
                "minister@mtcit.gov.om", "ar", "Asia/Muscat");
        official(SY_DIRECTOR_GENERAL, SY_NANS, "SY", null, null, "مدير عام الهيئة الوطنية لخدمات الشبكة",
                "Director General of the National Agency for Network Services", "dg@nans.gov.sy", "ar",
                "Asia/Damascus");
        official(OM_UNDERSECRETARY, OM_MTCIT, "OM", null, null,
                "وكيل وزارة النقل والاتّصالات المسؤول عن الحكومة الإلكترونية والتحول الرقمي",
                "Undersecretary of the Ministry of Transport, Communications and IT for e-government and digital"
                        + " transformation", "undersecretary@mtcit.gov.om", "en", "Asia/Muscat");
        for (String id : List.of(KHATIB, MAAWALI, SY_DIRECTOR_GENERAL, OM_UNDERSECRETARY)) {
            awaitOfficial(officials, id);
        }
    }

    public static ObjectNode official(String id, String organisationId, String country, String nameAr, String nameEn,
                                      String titleAr, String titleEn, String email, String language,
                                      String timeZone) {
        ObjectNode event = read("meetings-service/official-upserted.v1.example.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", "officials/" + id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("officialId", id).put("preferredLanguage", language).put("timeZone", timeZone)
                .put("changedAt", OffsetDateTime.now().toString());
        ((ObjectNode) data.get("organisation")).put("id", organisationId).put("countryCode", country);
        for (String field : List.of("nameAr", "nameEn", "titleAr", "titleEn", "email")) {
            data.remove(field);
        }
        putIf(data, "nameAr", nameAr);
        putIf(data, "nameEn", nameEn);
        putIf(data, "titleAr", titleAr);
        putIf(data, "titleEn", titleEn);
        putIf(data, "email", email);
        publish(InfraResource.officialsTopic, event);
        return event;
    }

    /** An official who has left, as the directory announces them: a record marked inactive. */
    public static ObjectNode officialWhoLeft(String id, String organisationId, String nameAr, String email) {
        ObjectNode event = read("meetings-service/official-upserted.v1.example.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", "officials/" + id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("officialId", id).put("nameAr", nameAr).put("email", email).put("active", false)
                .put("changedAt", OffsetDateTime.now().toString());
        ((ObjectNode) data.get("organisation")).put("id", organisationId);
        publish(InfraResource.officialsTopic, event);
        return event;
    }

    /** The directory's word that an official has left. */
    public static ObjectNode deactivated(String id) {
        ObjectNode event = read("meetings-service/official-deactivated.v1.example.json");
        event.put("id", UUID.randomUUID().toString()).put("subject", "officials/" + id);
        ((ObjectNode) event.get("data")).put("officialId", id).put("deactivatedAt", OffsetDateTime.now().toString());
        publish(InfraResource.officialsTopic, event);
        return event;
    }

    public static void awaitOfficial(OfficialRepository officials, String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(id)).isPresent()));
    }

    /** The DecisionAdopted example with a new event id and decision id. */
    public static ObjectNode decisionAdopted() {
        ObjectNode event = read("meetings-service/decision-adopted.v1.example.json");
        String decision = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString()).put("subject", "decisions/" + decision);
        ((ObjectNode) event.get("data")).put("decisionId", decision);
        return event;
    }

    /** An action event example ("action-overdue", ...) with a new event id and action id. */
    public static ObjectNode action(String example) {
        ObjectNode event = read("actions-service/" + example + ".v1.example.json");
        String action = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString()).put("subject", "actions/" + action);
        ((ObjectNode) event.get("data")).put("actionId", action);
        return event;
    }

    public static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    public static void publish(String topic, JsonNode event) {
        TopicReader.write(bootstrap(), topic, event.get("subject").asText(), event.toString(),
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    public static List<JsonPath> deliveries(String eventId) {
        JsonPath page = given().queryParam("eventId", eventId).queryParam("size", 200).when().get("/deliveries")
                .then().statusCode(200).extract().jsonPath();
        int n = page.getList("items").size();
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new JsonPath(page.prettify()).setRootPath("items[" + i + "]")).toList();
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

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
