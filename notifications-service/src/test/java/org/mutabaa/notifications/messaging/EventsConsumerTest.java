package org.mutabaa.notifications.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.notifications.InfraResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Events in, one in-app notification per official involved, in their language. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class EventsConsumerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DECISION_AR = "الجانب السوري طلب من الجانب العماني التعاون بهدف نقل الخبرة المتقدمة لدى الجانب "
            + "العماني في هذا المجال إلى فريق العمل الموجود في سورية ورحب الجانب العماني بهذا الموضوع.";

    @Test
    void decisionAdoptedTellsOwnersAndHeadsOfDelegationEachInTheirLanguage() throws Exception {
        ObjectNode event = freshDecision();
        JsonNode data = event.get("data");
        String undersecretary = data.get("owners").get(0).get("officialId").asText();
        String director = data.get("owners").get(1).get("officialId").asText();
        String khatib = data.get("participants").get(0).get("officialId").asText();
        publish(InfraResource.decisionsTopic, event);

        JsonPath english = awaitInbox(undersecretary, 1).get(0);
        assertThat(english.getString("language")).isEqualTo("en");
        assertThat(english.getString("direction")).isEqualTo("ltr");
        assertThat(english.getString("reason")).isEqualTo("OWNER");
        assertThat(english.getString("subject")).startsWith("Decision adopted, awaiting your follow-up: Meeting of Syria's");
        assertThat(english.getString("body"))
                .startsWith("Dear Undersecretary of the Ministry of Transport, Communications and IT")
                .contains(data.get("textEn").asText());

        JsonPath arabic = awaitInbox(director, 1).get(0);
        assertThat(arabic.getString("language")).isEqualTo("ar");
        assertThat(arabic.getString("direction")).isEqualTo("rtl");
        assertThat(arabic.getString("subject"))
                .isEqualTo("قرار معتمد بانتظار متابعتك: " + data.get("meeting").get("titleAr").asText());
        assertThat(arabic.getString("body")).startsWith("مدير عام الهيئة الوطنية لخدمات الشبكة،").contains(DECISION_AR);

        JsonPath head = awaitInbox(khatib, 1).get(0);
        assertThat(head.getString("reason")).isEqualTo("HEAD_OF_DELEGATION");
        assertThat(head.getString("body")).startsWith("إياد الخطيب،").contains("بصفتك رئيس الوفد").contains(DECISION_AR);
        assertThat(head.getString("decisionId")).isEqualTo(data.get("decisionId").asText());
    }

    @Test
    void anOwnerWhoIsAlsoHeadOfDelegationIsToldOnce() throws Exception {
        ObjectNode event = freshDecision();
        ObjectNode data = (ObjectNode) event.get("data");
        JsonNode head = data.get("participants").get(0);
        data.withArray("owners").add(head.deepCopy());
        publish(InfraResource.decisionsTopic, event);
        String marker = publishMarkerAfter();

        awaitInbox(marker, 1);
        List<JsonPath> inbox = inbox(head.get("officialId").asText());
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).getString("reason")).isEqualTo("OWNER");
    }

    @Test
    void theSameEventTwiceNotifiesNobodyTwice() throws Exception {
        ObjectNode event = freshDecision();
        String director = event.get("data").get("owners").get(1).get("officialId").asText();
        publish(InfraResource.decisionsTopic, event);
        awaitInbox(director, 1);

        publish(InfraResource.decisionsTopic, event);
        String marker = publishMarkerAfter();
        awaitInbox(marker, 1);

        assertThat(inbox(director)).hasSize(1);
    }

    @Test
    void aConfidentialMeetingsDecisionTextIsNeverSent() throws Exception {
        ObjectNode event = freshDecision();
        ((ObjectNode) event.get("data").get("meeting")).put("classification", "CONFIDENTIAL");
        String director = event.get("data").get("owners").get(1).get("officialId").asText();
        publish(InfraResource.decisionsTopic, event);

        JsonPath n = awaitInbox(director, 1).get(0);
        assertThat(n.getString("body")).doesNotContain(DECISION_AR).contains("اجتماع سرّي")
                .contains(event.get("data").get("decisionId").asText());
        // Nor the meeting's title or time, in the subject (mail, webhook) or the body: the reference and a link only.
        String title = event.get("data").get("meeting").get("titleAr").asText();
        for (String text : List.of(n.getString("subject"), n.getString("body"))) {
            assertThat(text).doesNotContain(title).doesNotContain("موعد الاجتماع");
        }
        assertThat(n.getString("subject")).isEqualTo("قرار معتمد بانتظار متابعتك");
        assertThat(n.getString("body")).contains("/decisions/" + event.get("data").get("decisionId").asText());
    }

    @Test
    void actionCreatedTellsItsOwnerInArabic() throws Exception {
        String owner = UUID.randomUUID().toString();
        ObjectNode event = actionCreated(owner);
        publish(InfraResource.actionsTopic, event);

        JsonPath n = awaitInbox(owner, 1).get(0);
        assertThat(n.getString("eventType")).isEqualTo("org.mutabaa.action.created.v1");
        assertThat(n.getString("subject")).isEqualTo("مهمة متابعة جديدة مسندة إليك");
        assertThat(n.getString("body")).contains(DECISION_AR).contains("تاريخ الاستحقاق: الأربعاء 31 آذار 2027 الموافق 23 شوال 1448 هـ");
        assertThat(n.getString("actionId")).isEqualTo(event.get("data").get("actionId").asText());
    }

    @Test
    void aConfidentialMeetingsActionTitleIsNeverSent() throws Exception {
        String owner = UUID.randomUUID().toString();
        ObjectNode event = actionCreated(owner);
        ((ObjectNode) event.get("data")).put("classification", "CONFIDENTIAL");
        publish(InfraResource.actionsTopic, event);

        JsonPath n = awaitInbox(owner, 1).get(0);
        assertThat(n.getString("body")).doesNotContain(DECISION_AR).contains("اجتماعًا سرّيًا")
                .contains(event.get("data").get("actionId").asText());
    }

    @Test
    void anActionOwnedByAnOrganisationTellsNobodyYetAndIsNotDeadLettered() throws Exception {
        ObjectNode event = actionCreated(null);
        ObjectNode owner = ((ObjectNode) event.get("data")).putObject("owner");
        owner.put("organisationId", UUID.randomUUID().toString()).put("countryCode", "SY")
                .put("organisationNameAr", "الشركة السورية للاتصالات");
        publish(InfraResource.actionsTopic, event);
        String markerOwner = UUID.randomUUID().toString();
        publish(InfraResource.actionsTopic, actionCreated(markerOwner));

        awaitInbox(markerOwner, 1);
        assertThat(TopicReader.readAll(bootstrap(), InfraResource.actionsDlq))
                .noneMatch(r -> r.value() != null && r.value().contains(event.get("id").asText()));
    }

    @Test
    void everyContractExampleIsRead() throws Exception {
        for (String producer : List.of("meetings-service", "actions-service")) {
            String events = producer.equals("meetings-service") ? "decision-adopted" : "action-created";
            for (var example : Contracts.examples(producer, events)) {
                ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(example));
                event.put("id", UUID.randomUUID().toString());
                String topic = producer.equals("meetings-service") ? InfraResource.decisionsTopic : InfraResource.actionsTopic;
                publish(topic, event);
                String eventId = event.get("id").asText();
                await().atMost(Duration.ofSeconds(30)).until(() -> anyNotificationFor(eventId, event));
            }
        }
    }

    /** Who is told of each example event: the rule of each event type, each official once. */
    @Test
    void everyEventTypeTellsItsPeopleInTheirLanguage() throws Exception {
        String deputy = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f";
        String undersecretary = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        String director = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
        String khatib = "4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a81";
        String maawali = "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9ca3";
        Map<String, List<String>> told = new java.util.LinkedHashMap<>();
        told.put("meetings-service/decision-adopted", List.of(undersecretary, director, khatib, maawali));
        told.put("meetings-service/decision-amended", List.of(undersecretary, director, khatib, maawali));
        told.put("meetings-service/decision-revoked", List.of(undersecretary, director, khatib, maawali));
        told.put("actions-service/action-created", List.of(director));
        told.put("actions-service/action-reassigned", List.of(deputy, director));
        told.put("actions-service/action-status-changed", List.of(undersecretary, director));
        told.put("actions-service/action-due-soon", List.of(director));
        told.put("actions-service/action-overdue", List.of(director));
        told.put("actions-service/action-escalated", List.of(khatib));
        told.put("actions-service/action-status-check", List.of(director));
        told.put("actions-service/action-verified", List.of(undersecretary, director));
        told.put("actions-service/action-returned", List.of(director));
        for (Map.Entry<String, List<String>> expected : told.entrySet()) {
            ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(
                    Contracts.dir().resolve(expected.getKey() + ".v1.example.json")));
            event.put("id", UUID.randomUUID().toString());
            String eventId = event.get("id").asText();
            publish(expected.getKey().startsWith("meetings") ? InfraResource.decisionsTopic : InfraResource.actionsTopic,
                    event);
            for (String official : expected.getValue()) {
                JsonPath n = await().atMost(Duration.ofSeconds(30)).until(() -> inbox(official).stream()
                                .filter(x -> eventId.equals(x.getString("eventId"))).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
                assertThat(n.getString("language")).as(expected.getKey())
                        .isEqualTo(official.equals(undersecretary) ? "en" : "ar");
                assertThat(n.getString("subject")).as(expected.getKey()).isNotBlank().doesNotContain("{");
                assertThat(n.getString("body")).as(expected.getKey()).doesNotContain("null").doesNotContain("{");
            }
            for (String other : List.of(deputy, undersecretary, director, khatib, maawali)) {
                if (!expected.getValue().contains(other)) {
                    assertThat(inbox(other)).as(expected.getKey() + " tells " + other)
                            .noneMatch(x -> eventId.equals(x.getString("eventId")));
                }
            }
        }
    }

    @Test
    void theOwnerReadsWhyTheSecretariatReturnedTheirActionAndBothOwnersThatItIsVerified() throws Exception {
        String owner = UUID.randomUUID().toString();
        ObjectNode returned = (ObjectNode) JSON.readTree(Contracts.read(
                Contracts.dir().resolve("actions-service/action-returned.v1.example.json")));
        returned.put("id", UUID.randomUUID().toString());
        ((ObjectNode) returned.get("data").get("owner")).put("officialId", owner);
        publish(InfraResource.actionsTopic, returned);
        JsonPath told = awaitInbox(owner, 1).get(0);
        assertThat(told.getString("language")).isEqualTo("ar");
        assertThat(told.getString("subject")).isEqualTo("أُعيدت إليك مهمة متابعة لاستكمالها");
        assertThat(told.getString("body"))
                .contains("أعادت الأمانة التي سجّلت الاجتماع إليك مهمة المتابعة التالية")
                .contains("«قيد التنفيذ»")
                .contains("السبب: المرفق مسودة غير موقعة؛ يرجى إرفاق المذكرة الموقعة")
                .contains("نسبة الإنجاز المُبلَّغ عنها: 100٪");

        String colleague = UUID.randomUUID().toString();
        ObjectNode verified = (ObjectNode) JSON.readTree(Contracts.read(
                Contracts.dir().resolve("actions-service/action-verified.v1.example.json")));
        verified.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) verified.get("data");
        ((ObjectNode) data.get("owner")).put("officialId", owner);
        ((ObjectNode) data.get("decisionOwners").get(0)).put("officialId", colleague);
        ((ObjectNode) data.get("decisionOwners").get(1)).put("officialId", owner);
        publish(InfraResource.actionsTopic, verified);
        JsonPath english = awaitInbox(colleague, 1).get(0);
        assertThat(english.getString("subject")).isEqualTo("Follow-up action verified as done");
        assertThat(english.getString("body")).contains("checked the evidence").contains("verified it as done")
                .contains("Reported done: Thursday 10 December 2026");
        JsonPath arabic = awaitInbox(owner, 2).stream()
                .filter(n -> n.getString("eventId").equals(verified.get("id").asText())).findFirst().orElseThrow();
        assertThat(arabic.getString("body")).contains("واعتمدتها منجزة")
                .contains("أُبلغ عن إنجازها: الخميس 10 كانون الأول 2026 الموافق");
    }

    @Test
    void anOrganisationsActionIsToldToItsFocalPointsADoneOneToTheVerifiersAndAnEscalationToEveryoneItReaches()
            throws Exception {
        // Syrian Telecom owns the action; its focal point reads Arabic.
        String focalPoint = UUID.randomUUID().toString();
        ObjectNode created = example("actions-service/action-created.v1.example.json");
        ObjectNode owner = telecom();
        ((ObjectNode) created.get("data")).set("owner", owner);
        ((ObjectNode) created.get("data")).putArray("focalPoints").add(person(focalPoint, "لمى الحسن", "ar"));
        publish(InfraResource.actionsTopic, created);
        JsonPath told = awaitInbox(focalPoint, 1).get(0);
        assertThat(told.getString("reason")).isEqualTo("FOCAL_POINT");
        assertThat(told.getString("subject")).isEqualTo("مهمة متابعة جديدة مسندة إلى الشركة السورية للاتصالات");
        assertThat(told.getString("body")).startsWith("لمى الحسن،")
                .contains("أُسندت إلى الشركة السورية للاتصالات مهمة المتابعة التالية، وتصلك بصفتك جهة الاتصال لمتابعتها");

        // Done: the recording ministry's focal point, who reads English, is asked to verify it.
        String verifier = UUID.randomUUID().toString();
        ObjectNode done = example("actions-service/action-status-changed.v1.example.json");
        ObjectNode data = (ObjectNode) done.get("data");
        data.put("previousStatus", "IN_PROGRESS").put("status", "DONE").put("reason", "فُعّلت الدارة الدولية الجديدة");
        data.putArray("verifiers").add(person(verifier, "Fadia Suleiman", "en"));
        publish(InfraResource.actionsTopic, done);
        JsonPath verify = awaitInbox(verifier, 1).get(0);
        assertThat(verify.getString("reason")).isEqualTo("VERIFIER");
        assertThat(verify.getString("body")).contains("What was done: فُعّلت الدارة الدولية الجديدة")
                .contains("please check the evidence, then verify it as done or return it to its owner saying why")
                .contains("It now awaits the check of its evidence");

        // The second level of a chain reaches the recording secretariat's two focal points.
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ObjectNode escalated = example("actions-service/action-escalated.v1.example.json");
        data = (ObjectNode) escalated.get("data");
        data.put("level", 2).put("escalationTarget", "RECORDING_SECRETARIAT");
        data.set("escalatedTo", person(first, "فادية سليمان", "ar"));
        data.putArray("alsoEscalatedTo").add(person(second, "Rana al-Hassan", "en"));
        publish(InfraResource.actionsTopic, escalated);
        JsonPath arabic = awaitInbox(first, 1).get(0);
        assertThat(arabic.getString("reason")).isEqualTo("ESCALATION");
        assertThat(arabic.getString("body")).contains("نرفع إليك بصفتك جهة الاتصال لدى الأمانة التي سجّلت الاجتماع")
                .contains("مستوى التصعيد: 2").doesNotContain("رئيس الوفد");
        assertThat(awaitInbox(second, 1).get(0).getString("body"))
                .contains("As a focal point of the secretariat that recorded the meeting").contains("Escalation level: 2");
    }

    @Test
    void aDecisionDueInWorkingDaysTellsItsOwnersSoInTheirLanguage() throws Exception {
        ObjectNode adopted = example("meetings-service/decision-adopted.v1.example.json");
        ObjectNode data = (ObjectNode) adopted.get("data");
        String arabic = UUID.randomUUID().toString();
        String english = UUID.randomUUID().toString();
        data.put("decisionId", UUID.randomUUID().toString());
        data.remove("dueDate");
        data.put("dueInWorkingDays", 10);
        data.putArray("owners").add(person(arabic, "فادية سليمان", "ar")).add(person(english, "Rana al-Hassan", "en"));
        data.putArray("participants");
        publish(InfraResource.decisionsTopic, adopted);
        assertThat(awaitInbox(arabic, 1).get(0).getString("body"))
                .contains("تاريخ الاستحقاق: خلال 10 أيام عمل من الاجتماع");
        assertThat(awaitInbox(english, 1).get(0).getString("body")).contains("Due: within 10 working days of the meeting");
    }

    static ObjectNode example(String path) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(Contracts.dir().resolve(path)));
        event.put("id", UUID.randomUUID().toString());
        return event;
    }

    static ObjectNode telecom() {
        ObjectNode o = JSON.createObjectNode();
        o.put("organisationId", UUID.randomUUID().toString()).put("countryCode", "SY")
                .put("organisationNameAr", "الشركة السورية للاتصالات").put("organisationNameEn", "Syrian Telecom");
        return o;
    }

    static ObjectNode person(String officialId, String name, String language) {
        ObjectNode p = JSON.createObjectNode();
        p.put("officialId", officialId).put("countryCode", "SY").put(language.equals("ar") ? "nameAr" : "nameEn", name)
                .put("preferredLanguage", language).put("timeZone", "Asia/Damascus");
        return p;
    }

    @Test
    void aForgedActionEventTellsNobodyAndGoesToTheDeadLetterTopic() throws Exception {
        String owner = UUID.randomUUID().toString();
        ObjectNode forged = actionCreated(owner);
        forged.put("source", "/mutabaa/meetings-service");
        publish(InfraResource.actionsTopic, forged);
        String markerOwner = UUID.randomUUID().toString();
        publish(InfraResource.actionsTopic, actionCreated(markerOwner));

        awaitInbox(markerOwner, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(bootstrap(), InfraResource.actionsDlq)
                .stream().anyMatch(r -> r.value() != null && r.value().contains(forged.get("id").asText())));
        assertThat(inbox(owner)).isEmpty();
    }

    @Test
    void anInvalidEnvelopeGoesToTheDeadLetterTopic() throws Exception {
        ObjectNode event = actionCreated(null);
        event.put("specversion", "0.3");
        publish(InfraResource.actionsTopic, event);

        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(bootstrap(), InfraResource.actionsDlq)
                .stream().anyMatch(r -> r.value() != null && r.value().contains(event.get("id").asText())));
    }

    @Test
    void anInboxNeedsARecipient() {
        given().when().get("/notifications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("recipientId"));
    }

    static boolean anyNotificationFor(String eventId, JsonNode event) {
        JsonNode data = event.get("data");
        JsonNode owner = data.has("owner") ? data.get("owner") : data.get("owners").get(0);
        return inbox(owner.get("officialId").asText()).stream().anyMatch(n -> eventId.equals(n.getString("eventId")));
    }

    /** The ActionCreated example with a new event id, owned by the official given (when given). */
    static ObjectNode actionCreated(String owner) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(
                Contracts.dir().resolve("actions-service/action-created.v1.example.json")));
        event.put("id", UUID.randomUUID().toString());
        if (owner != null) {
            ((ObjectNode) event.get("data").get("owner")).put("officialId", owner);
        }
        return event;
    }

    static ObjectNode freshDecision() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Contracts.read(
                Contracts.dir().resolve("meetings-service/decision-adopted.v1.example.json")));
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("decisionId", UUID.randomUUID().toString());
        for (JsonNode person : data.withArray("owners")) {
            ((ObjectNode) person).put("officialId", UUID.randomUUID().toString());
        }
        for (JsonNode person : data.withArray("participants")) {
            ((ObjectNode) person).put("officialId", UUID.randomUUID().toString());
        }
        return event;
    }

    /** Publishes a decision after the ones before it; returns an official who will be told of it. */
    static String publishMarkerAfter() throws Exception {
        ObjectNode marker = freshDecision();
        publish(InfraResource.decisionsTopic, marker);
        return marker.get("data").get("owners").get(0).get("officialId").asText();
    }

    static void publish(String topic, ObjectNode event) {
        TopicReader.write(bootstrap(), topic, event.get("subject").asText(), event.toString(),
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    static List<JsonPath> awaitInbox(String official, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> inbox(official), l -> l.size() >= count);
    }

    static List<JsonPath> inbox(String official) {
        JsonPath page = given().queryParam("recipientId", official).when().get("/notifications")
                .then().statusCode(200).extract().jsonPath();
        int n = page.getList("items").size();
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new JsonPath(page.prettify()).setRootPath("items[" + i + "]")).toList();
    }

    static String bootstrap() {
        return TestInfra.endpoints().bootstrapServers();
    }
}
