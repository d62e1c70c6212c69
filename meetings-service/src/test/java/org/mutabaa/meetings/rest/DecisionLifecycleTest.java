package org.mutabaa.meetings.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.Published;
import org.mutabaa.meetings.SeedData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Draft → adopted → amended → revoked, the minutes' approval, and meeting status rules. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionLifecycleTest {

    @Test
    void anAmendmentPublishesWhatChangedAfterTheAdoptionInOrder() {
        SeedData seed = SeedData.record();
        String decision = adopted(seed);
        Map<String, Object> amended = seed.decisionTwo();
        amended.put("dueDate", "2027-06-30");
        amended.put("ownerIds", List.of(seed.omUndersecretary, seed.khatib));

        given().contentType(ContentType.JSON).body(amended).when().put("/decisions/{id}", decision)
                .then().statusCode(200).body("status", equalTo("AMENDED")).body("dueDate", equalTo("2027-06-30"));

        List<JsonNode> events = awaitEvents(decision, 2);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("org.mutabaa.decision.adopted.v1", "org.mutabaa.decision.amended.v1");
        JsonNode amendment = events.get(1);
        assertThat(Contracts.violations("meetings-service", "decision-amended.v1", amendment.toString())).isEmpty();
        JsonNode changes = amendment.get("data").get("changes");
        assertThat(changes.findValuesAsText("field")).containsExactly("dueDate", "ownerIds");
        assertThat(changes.get(0).get("before").asText()).isEqualTo("2027-03-31");
        assertThat(changes.get(0).get("after").asText()).isEqualTo("2027-06-30");
        assertThat(changes.get(1).get("after").get(1).asText()).isEqualTo(seed.khatib);
        assertThat(amendment.get("data").get("textAr").asText()).isEqualTo(SeedData.DECISION_2_AR);
    }

    /**
     * An adopted decision's action items amended in every shape, one after another: each answers
     * 200, the decision shows the items as amended and each amendment is published with them.
     */
    @Test
    void actionItemsCanBeAmendedInEveryShape() {
        SeedData seed = SeedData.record();
        Map<String, Object> draft = seed.decisionTwo();
        String first = "نقل الخبرات في مجال أمن المعلومات";
        String second = "تبادل الزيارات بين فرق الاستجابة للطوارئ الحاسوبية";
        draft.put("actionItems", List.of(item(first, seed.omUndersecretary, "2027-03-31"),
                item(second, seed.nansDirectorGeneral, "2027-04-30")));
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", draft);
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);

        String changed = first + " وتدريب الكوادر";
        List<List<Map<String, Object>>> shapes = List.of(
                // the first item's text changed
                List.of(item(changed, seed.omUndersecretary, "2027-03-31"), item(second, seed.nansDirectorGeneral, "2027-04-30")),
                // its due date changed
                List.of(item(changed, seed.omUndersecretary, "2027-05-31"), item(second, seed.nansDirectorGeneral, "2027-04-30")),
                // its owner changed
                List.of(item(changed, seed.khatib, "2027-05-31"), item(second, seed.nansDirectorGeneral, "2027-04-30")),
                // the two reordered
                List.of(item(second, seed.nansDirectorGeneral, "2027-04-30"), item(changed, seed.khatib, "2027-05-31")),
                // one added
                List.of(item(second, seed.nansDirectorGeneral, "2027-04-30"), item(changed, seed.khatib, "2027-05-31"),
                        item(first, seed.omUndersecretary, "2027-06-30")),
                // two removed
                List.of(item(changed, seed.khatib, "2027-05-31")));
        for (List<Map<String, Object>> items : shapes) {
            Map<String, Object> amended = seed.decisionTwo();
            amended.put("actionItems", items);
            List<String> texts = items.stream().map(i -> (String) i.get("textAr")).toList();
            List<String> owners = items.stream().map(i -> (String) i.get("ownerId")).toList();
            List<String> dues = items.stream().map(i -> (String) i.get("dueDate")).toList();
            given().contentType(ContentType.JSON).body(amended).when().put("/decisions/{id}", decision)
                    .then().statusCode(200).body("status", equalTo("AMENDED"))
                    .body("actionItems.textAr", equalTo(texts)).body("actionItems.ownerId", equalTo(owners))
                    .body("actionItems.dueDate", equalTo(dues))
                    .body("actionItems.position", equalTo(java.util.stream.IntStream.rangeClosed(1, items.size())
                            .boxed().toList()));
            given().when().get("/decisions/{id}", decision).then().statusCode(200)
                    .body("actionItems.textAr", equalTo(texts)).body("actionItems.ownerId", equalTo(owners));
        }

        List<JsonNode> events = awaitEvents(decision, 1 + shapes.size());
        for (int n = 0; n < shapes.size(); n++) {
            JsonNode amendment = events.get(n + 1);
            assertThat(amendment.get("type").asText()).isEqualTo("org.mutabaa.decision.amended.v1");
            assertThat(Contracts.violations("meetings-service", "decision-amended.v1", amendment.toString())).isEmpty();
            assertThat(amendment.get("data").get("actionItems").findValuesAsText("textAr"))
                    .containsExactlyElementsOf(shapes.get(n).stream().map(i -> (String) i.get("textAr")).toList());
        }
    }

    private static Map<String, Object> item(String textAr, String ownerId, String dueDate) {
        return Map.of("textAr", textAr, "ownerId", ownerId, "dueDate", dueDate);
    }

    @Test
    void anEditThatChangesNothingIsNoAmendment() {
        SeedData seed = SeedData.record();
        String decision = adopted(seed);
        given().contentType(ContentType.JSON).body(seed.decisionTwo()).when().put("/decisions/{id}", decision)
                .then().statusCode(200).body("status", equalTo("ADOPTED"));
        String marker = adopted(seed);
        awaitEvents(marker, 1);
        assertThat(events(decision)).hasSize(1);
    }

    @Test
    void aDraftChangesWithoutPublishing() {
        SeedData seed = SeedData.record();
        String draft = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        Map<String, Object> changed = seed.decisionTwo();
        changed.put("textAr", "نصّ مُعدَّل ✍️ with English words");
        given().contentType(ContentType.JSON).body(changed).when().put("/decisions/{id}", draft)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("textAr", equalTo("نصّ مُعدَّل ✍️ with English words"));
        String marker = adopted(seed);
        awaitEvents(marker, 1);
        assertThat(events(draft)).isEmpty();
    }

    @Test
    void aDraftIsDeletedWithItsActionItemsAndAnAdoptedDecisionIsNot() {
        SeedData seed = SeedData.record();
        Map<String, Object> withItem = seed.decisionTwo();
        withItem.put("actionItems", java.util.List.of(Map.of("textAr", "تسمية فريق العمل المشترك",
                "ownerId", seed.nansDirectorGeneral)));
        String draft = SeedData.post("/meetings/" + seed.meeting + "/decisions", withItem);
        String adopted = adopted(seed);

        given().when().delete("/decisions/{id}", adopted).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("revoked"));
        given().when().get("/decisions/{id}", adopted).then().statusCode(200).body("status", equalTo("ADOPTED"));
        given().auth().oauth2(org.mutabaa.infra.testkit.TestInfra.token(java.util.UUID.randomUUID().toString(),
                        java.util.UUID.randomUUID().toString(), "secretariat"))
                .when().delete("/decisions/{id}", draft).then().statusCode(403);
        given().when().get("/decisions/{id}", draft).then().statusCode(200);

        given().when().delete("/decisions/{id}", draft).then().statusCode(204);
        given().when().get("/decisions/{id}", draft).then().statusCode(404);
        given().when().delete("/decisions/{id}", draft).then().statusCode(404);
        given().when().get("/meetings/{id}/decisions", seed.meeting).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(draft)));
        awaitEvents(adopted, 1);
        assertThat(events(draft)).isEmpty();
    }

    @Test
    void aRevokedDecisionIsPublishedAndThenFrozen() {
        SeedData seed = SeedData.record();
        String decision = adopted(seed);
        given().contentType(ContentType.JSON).body(Map.of("reason", "أُدمج في مذكرة التفاهم"))
                .when().post("/decisions/{id}/revoke", decision)
                .then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("أُدمج في مذكرة التفاهم"));

        JsonNode revoked = awaitEvents(decision, 2).get(1);
        assertThat(revoked.get("type").asText()).isEqualTo("org.mutabaa.decision.revoked.v1");
        assertThat(Contracts.violations("meetings-service", "decision-revoked.v1", revoked.toString())).isEmpty();

        given().contentType(ContentType.JSON).body(seed.decisionTwo()).when().put("/decisions/{id}", decision)
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/decisions/{id}/revoke", decision)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("reason", ""))
                .when().post("/decisions/{id}/revoke", adopted(seed))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void approvingTheMinutesAdoptsEveryDraftOnce() {
        SeedData seed = SeedData.record();
        String first = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        String second = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        String already = adopted(seed);

        given().when().post("/meetings/{id}/minutes/approval", seed.meeting)
                .then().statusCode(200).body("id", containsInAnyOrder(first, second))
                .body("status", containsInAnyOrder("ADOPTED", "ADOPTED"));
        given().when().get("/meetings/{id}", seed.meeting).then().body("status", equalTo("MINUTES_APPROVED"));
        given().when().post("/meetings/{id}/minutes/approval", seed.meeting).then().statusCode(409);

        awaitEvents(first, 1);
        awaitEvents(second, 1);
        assertThat(events(already)).hasSize(1);
    }

    @Test
    void meetingStatusesMoveOnlyForward() {
        SeedData seed = SeedData.record();
        Map<String, Object> scheduled = SeedData.meetingBody(seed);
        scheduled.put("status", "SCHEDULED");
        String meeting = SeedData.post("/meetings", scheduled);
        String draft = SeedData.post("/meetings/" + meeting + "/decisions", seed.decisionTwo());

        given().when().post("/decisions/{id}/adopt", draft)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("once it has been HELD"));
        given().contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .when().post("/meetings/{id}/status", meeting).then().statusCode(200).body("status", equalTo("HELD"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .when().post("/meetings/{id}/status", meeting)
                .then().statusCode(409).contentType("application/problem+json");
        given().when().post("/decisions/{id}/adopt", draft).then().statusCode(200);
        given().when().get("/meetings/{id}/decisions", meeting).then().body("items", hasSize(1));
    }

    private static String adopted(SeedData seed) {
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);
        return decision;
    }

    private static List<JsonNode> awaitEvents(String decision, int count) {
        return Published.await(InfraResource.decisionsTopic, decision, count);
    }

    private static List<JsonNode> events(String decision) {
        return Published.events(InfraResource.decisionsTopic, decision);
    }
}
