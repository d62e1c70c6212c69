package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(InfraResource.class)
class DecisionResourceTest {

    SeedData seed;

    @BeforeEach
    void recordMeeting() {
        seed = SeedData.record();
    }

    @Test
    void recordsADraftDecisionWithItsArabicTextUnchanged() {
        String location = given().contentType(ContentType.JSON).body(seed.decisionTwo())
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT"))
                .body("agendaItem", equalTo(2))
                .body("authoritativeLanguage", equalTo("ar"))
                .body("ownerIds", contains(seed.omUndersecretary, seed.nansDirectorGeneral))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("textAr", equalTo(SeedData.DECISION_2_AR))
                .body("dueDate", equalTo("2027-03-31"));
    }

    @Test
    void adoptingTwiceIsAConflict() {
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision)
                .then().statusCode(200).body("status", equalTo("ADOPTED"));

        given().when().post("/decisions/{id}/adopt", decision)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", endsWith("only a DRAFT can be adopted"));
    }

    @Test
    void anUnknownOwnerIsRefusedByFieldAndNothingIsRecorded() {
        Map<String, Object> decision = seed.decisionTwo();
        ((List<Object>) decision.get("ownerIds")).add(UUID.randomUUID().toString());

        given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerIds[2]"))
                .body("errors[0].message", equalTo("no such official"));

        given().when().get("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void missingTypeAndEmptyOwnersAreNamed() {
        Map<String, Object> decision = seed.decisionTwo();
        decision.remove("type");
        decision.put("ownerIds", List.of());

        given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("type"));

        decision.put("type", "REQUEST");
        given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .body("errors.field", contains("ownerIds"))
                .body("errors[0].message", startsWith("a decision needs an owner"));
    }

    @Test
    void anInvalidEnumValueNamesTheFieldAndTheChoices() {
        Map<String, Object> decision = seed.decisionTwo();
        decision.put("type", "PROMISE");

        given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", startsWith("must be one of [AGREEMENT"));
    }

    @Test
    void anAgendaItemTheMeetingDoesNotHaveIsRefused() {
        Map<String, Object> decision = seed.decisionTwo();
        decision.put("agendaItem", 9);

        given().contentType(ContentType.JSON).body(decision)
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("agendaItem"));
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        given().when().post("/decisions/{id}/adopt", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
