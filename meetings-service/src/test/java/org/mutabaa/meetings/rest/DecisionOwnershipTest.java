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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Owners that are organisations (until a person is named) and explicit action items. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionOwnershipTest {

    static final String TRANSIT_AR = "طرح موضوع بأن تكون عُمان نقطة لعبور حركة الاتصالات الصادرة من سورية لتلقي هذه "
            + "الحركة وتوزيعها إلى دول الخليج وخارج المنطقة العربية أيضاً.";

    @Test
    void anOrganisationOwnsTheFollowUpAndActionItemsCarryTheirOwnOwners() throws Exception {
        SeedData seed = SeedData.record();
        String telecom = SeedData.post("/organisations", Map.of("kind", "COMPANY", "countryCode", "SY",
                "nameAr", "الشركة السورية للاتصالات", "nameEn", "Syrian Telecom"));
        Map<String, Object> decision = new HashMap<>(Map.of("type", "RECOMMENDATION", "textAr", TRANSIT_AR,
                "ownerIds", List.of(seed.maawali), "ownerOrganisationIds", List.of(telecom),
                "actionItems", List.of(
                        Map.of("textAr", "دراسة العبور عبر عُمان إلى دول الخليج", "ownerOrganisationId", telecom,
                                "dueDate", "2027-02-28"),
                        Map.of("textEn", "Offer transit terms", "ownerId", seed.maawali))));
        String id = given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(201)
                .body("ownerOrganisationIds", contains(telecom))
                .body("actionItems", hasSize(2))
                .body("actionItems[0].ownerOrganisationId", equalTo(telecom))
                .body("actionItems[1].ownerId", equalTo(seed.maawali))
                .extract().path("id");
        given().when().post("/decisions/{id}/adopt", id).then().statusCode(200);

        JsonNode event = Published.await(InfraResource.decisionsTopic, id, 1).get(0);
        assertThat(Contracts.violations("meetings-service", "decision-adopted.v1", event.toString())).isEmpty();
        JsonNode data = event.get("data");
        assertThat(data.get("organisationOwners").get(0).get("nameAr").asText()).isEqualTo("الشركة السورية للاتصالات");
        assertThat(data.get("actionItems").get(0).get("organisationOwner").get("organisationId").asText()).isEqualTo(telecom);
        assertThat(data.get("actionItems").get(0).get("dueDate").asText()).isEqualTo("2027-02-28");
        assertThat(data.get("actionItems").get(1).get("owner").get("nameAr").asText()).isEqualTo(SeedData.MAAWALI_AR);
    }

    @Test
    void anOrganisationAloneMayOwnADecisionUntilAPersonIsNamed() {
        SeedData seed = SeedData.record();
        String draft = given().contentType(ContentType.JSON)
                .body(Map.of("type", "REQUEST", "textAr", TRANSIT_AR, "ownerOrganisationIds", List.of(seed.syMinistry)))
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(201).body("ownerIds", hasSize(0)).extract().path("id");
        Map<String, Object> named = Map.of("type", "REQUEST", "textAr", TRANSIT_AR,
                "ownerIds", List.of(seed.khatib), "ownerOrganisationIds", List.of());
        given().when().post("/decisions/{id}/adopt", draft).then().statusCode(200);
        given().contentType(ContentType.JSON).body(named).when().put("/decisions/{id}", draft)
                .then().statusCode(200).body("status", equalTo("AMENDED")).body("ownerIds", contains(seed.khatib));
    }

    @Test
    void ownershipMistakesNameTheirFieldAndRecordNothing() {
        SeedData seed = SeedData.record();
        given().contentType(ContentType.JSON).body(Map.of("type", "REQUEST", "textAr", TRANSIT_AR))
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("ownerIds"));
        given().contentType(ContentType.JSON).body(Map.of("type", "REQUEST", "textAr", TRANSIT_AR,
                        "ownerOrganisationIds", List.of(seed.khatib)))
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrganisationIds[0]"));
        given().contentType(ContentType.JSON).body(Map.of("type", "REQUEST", "textAr", TRANSIT_AR,
                        "ownerIds", List.of(seed.khatib),
                        "actionItems", List.of(Map.of("textAr", "بند", "ownerId", seed.khatib,
                                "ownerOrganisationId", seed.syMinistry))))
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("actionItems[0].ownerId"));
        given().when().get("/meetings/{id}/decisions", seed.meeting).then().body("items", hasSize(0));
    }
}
