package org.mutabaa.meetings.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Adoption publishes one DecisionAdopted, valid against its contract, keyed by decision id. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionAdoptedPublishingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void adoptionPublishesOneContractValidEventCarryingOwnersAndParticipants() throws Exception {
        SeedData seed = SeedData.record();
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());

        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);

        ConsumerRecord<String, String> record = awaitEventFor(decision);
        String json = record.value();
        assertThat(Contracts.violations("meetings-service", "decision-adopted.v1", json)).isEmpty();
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");

        JsonNode event = JSON.readTree(json);
        assertThat(event.get("type").asText()).isEqualTo("org.mutabaa.decision.adopted.v1");
        assertThat(event.get("subject").asText()).isEqualTo("decisions/" + decision);
        JsonNode data = event.get("data");
        assertThat(data.get("textAr").asText()).isEqualTo(SeedData.DECISION_2_AR);
        assertThat(data.get("dueDate").asText()).isEqualTo("2027-03-31");
        assertThat(data.get("owners").findValuesAsText("officialId"))
                .containsExactly(seed.omUndersecretary, seed.nansDirectorGeneral);
        assertThat(data.get("owners").get(1).get("titleAr").asText()).isEqualTo(SeedData.NANS_DG_TITLE_AR);
        assertThat(data.get("owners").get(0).get("preferredLanguage").asText()).isEqualTo("en");
        assertThat(data.get("owners").get(0).get("timeZone").asText()).isEqualTo("Asia/Muscat");
        assertThat(data.get("participants").findValuesAsText("nameAr"))
                .contains(SeedData.KHATIB_AR, SeedData.MAAWALI_AR);
        assertThat(data.get("meeting").get("timeZone").asText()).isEqualTo("Asia/Damascus");
        assertThat(data.get("agendaItem").get("position").asInt()).isEqualTo(2);
    }

    @Test
    void aDecisionDueInWorkingDaysCarriesThemAndItsMinutesSaySo() throws Exception {
        SeedData seed = SeedData.record();
        java.util.Map<String, Object> both = seed.decisionTwo();
        both.put("dueInWorkingDays", 10);
        given().contentType(io.restassured.http.ContentType.JSON).body(both)
                .when().post("/meetings/{id}/decisions", seed.meeting).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("dueInWorkingDays"));
        java.util.Map<String, Object> tooMany = seed.decisionTwo();
        tooMany.remove("dueDate");
        tooMany.put("dueInWorkingDays", 400);
        given().contentType(io.restassured.http.ContentType.JSON).body(tooMany)
                .when().post("/meetings/{id}/decisions", seed.meeting).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("dueInWorkingDays"));

        java.util.Map<String, Object> inWorkingDays = seed.decisionTwo();
        inWorkingDays.remove("dueDate");
        inWorkingDays.put("dueInWorkingDays", 10);
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", inWorkingDays);
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200)
                .body("dueInWorkingDays", org.hamcrest.Matchers.equalTo(10))
                .body("dueDate", org.hamcrest.Matchers.nullValue());
        String json = awaitEventFor(decision).value();
        assertThat(Contracts.violations("meetings-service", "decision-adopted.v1", json)).isEmpty();
        JsonNode data = JSON.readTree(json).get("data");
        assertThat(data.get("dueInWorkingDays").asInt()).isEqualTo(10);
        assertThat(data.has("dueDate")).isFalse();
        String minutes = given().when().get("/meetings/{id}/minutes.html", seed.meeting).then().statusCode(200)
                .extract().asString();
        assertThat(minutes).contains("تاريخ الاستحقاق: <bdi>خلال 10 أيام عمل من الاجتماع</bdi>")
                .contains("Due: within 10 working days of the meeting");
    }

    @Test
    void aLeadAndACounterpartOnTheOtherDelegationArePublishedMinutedAndAmendable() throws Exception {
        SeedData seed = SeedData.record();
        String jordan = SeedData.post("/organisations", java.util.Map.of("kind", "MINISTRY", "countryCode", "JO",
                "nameAr", "وزارة الاقتصاد الرقمي والريادة", "nameEn", "Ministry of Digital Economy"));
        String jordanian = SeedData.post("/officials", java.util.Map.of("organisationId", jordan,
                "nameAr", "مسؤول أردني", "preferredLanguage", "ar"));
        String decisions = "/meetings/" + seed.meeting + "/decisions";
        int before = given().when().get(decisions).then().statusCode(200).extract().path("items.size()");
        Object[][] refused = {
                // the lead's own country
                {List.of(pair(seed.nansDirectorGeneral, seed.khatib)), "counterparts[0].counterpartId"},
                // a lead who does not own the decision
                {List.of(pair(seed.maawali, seed.nansDirectorGeneral)), "counterparts[0].ownerId"},
                // no Jordanian delegation at this meeting
                {List.of(pair(seed.nansDirectorGeneral, jordanian)), "counterparts[0].counterpartId"},
                // two counterparts for one lead
                {List.of(pair(seed.nansDirectorGeneral, seed.omUndersecretary),
                        pair(seed.nansDirectorGeneral, seed.maawali)), "counterparts[1].ownerId"},
                // a counterpart paired back the other way
                {List.of(pair(seed.nansDirectorGeneral, seed.omUndersecretary),
                        pair(seed.omUndersecretary, seed.nansDirectorGeneral)), "counterparts[1].counterpartId"},
        };
        for (Object[] r : refused) {
            java.util.Map<String, Object> body = seed.decisionTwo();
            body.put("counterparts", r[0]);
            given().contentType(io.restassured.http.ContentType.JSON).body(body).when().post(decisions)
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo(r[1]));
        }
        given().when().get(decisions).then().body("items.size()", org.hamcrest.Matchers.equalTo(before));

        java.util.Map<String, Object> body = seed.decisionTwo();
        body.put("ownerIds", List.of(seed.nansDirectorGeneral));
        body.put("counterparts", List.of(pair(seed.nansDirectorGeneral, seed.omUndersecretary)));
        String decision = SeedData.post(decisions, body);
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200)
                .body("counterparts[0].ownerId", org.hamcrest.Matchers.equalTo(seed.nansDirectorGeneral))
                .body("counterparts[0].counterpartId", org.hamcrest.Matchers.equalTo(seed.omUndersecretary));
        String json = awaitEventFor(decision).value();
        assertThat(Contracts.violations("meetings-service", "decision-adopted.v1", json)).isEmpty();
        JsonNode pair = JSON.readTree(json).get("data").get("counterparts").get(0);
        assertThat(pair.get("ownerId").asText()).isEqualTo(seed.nansDirectorGeneral);
        assertThat(pair.get("counterpart").get("officialId").asText()).isEqualTo(seed.omUndersecretary);
        assertThat(pair.get("counterpart").get("countryCode").asText()).isEqualTo("OM");
        assertThat(pair.get("counterpart").get("timeZone").asText()).isEqualTo("Asia/Muscat");
        String minutes = given().when().get("/meetings/{id}/minutes.html", seed.meeting).then().statusCode(200)
                .extract().asString();
        assertThat(minutes).contains("القائم بالمتابعة ونظيره: <bdi>" + SeedData.NANS_DG_TITLE_AR + "</bdi> ← <bdi>")
                .contains("Lead and counterpart: <bdi>Director General of the National Agency for Network Services"
                        + "</bdi> → <bdi>Undersecretary for e-government and digital transformation</bdi>");

        body.put("counterparts", List.of());
        given().contentType(io.restassured.http.ContentType.JSON).body(body).when().put("/decisions/{id}", decision)
                .then().statusCode(200).body("counterparts", org.hamcrest.Matchers.empty());
        JsonNode amended = await().atMost(Duration.ofSeconds(30)).until(() -> allRecords().stream()
                .filter(r -> decision.equals(r.key())).skip(1).findFirst(), Optional::isPresent)
                .map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).orElseThrow();
        assertThat(Contracts.violations("meetings-service", "decision-amended.v1", amended.toString())).isEmpty();
        assertThat(amended.get("data").get("changes").findValuesAsText("field")).containsExactly("counterparts");
        assertThat(amended.get("data").has("counterparts")).isFalse();
    }

    private static java.util.Map<String, String> pair(String ownerId, String counterpartId) {
        return java.util.Map.of("ownerId", ownerId, "counterpartId", counterpartId);
    }

    @Test
    void aRefusedSecondAdoptionPublishesNothingMore() {
        SeedData seed = SeedData.record();
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);
        awaitEventFor(decision);

        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(409);

        // A marker decision adopted afterwards: once it is on the topic, anything the refused
        // adoption had published would be there too (one relay, commit order).
        String marker = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", marker).then().statusCode(200);
        awaitEventFor(marker);
        assertThat(allRecords().stream().filter(r -> r.key().equals(decision)).count()).isEqualTo(1);
    }

    @Test
    void draftsPublishNothing() {
        SeedData seed = SeedData.record();
        String draft = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        String marker = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", marker).then().statusCode(200);
        awaitEventFor(marker);

        assertThat(allRecords()).noneMatch(r -> r.key().equals(draft));
    }

    private static ConsumerRecord<String, String> awaitEventFor(String decision) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> allRecords().stream().filter(r -> decision.equals(r.key())).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static List<ConsumerRecord<String, String>> allRecords() {
        return TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), InfraResource.decisionsTopic);
    }
}
