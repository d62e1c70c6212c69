package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Hostile and careless input to an action: oversized, malformed and mistyped bodies, a comment
 * that would reverse what follows it, injection strings. Refusals name the field and change
 * nothing; the rest is kept as the text it is.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class HostileInputTest {

    @Test
    void refusedInputChangesNothingAndInjectionStringsAreKeptAsText() {
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String action = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);

        given().contentType(ContentType.JSON).body(Map.of("text", "ب".repeat(700_000)))
                .when().post("/actions/{id}/comments", action).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body(Map.of("text", "ب".repeat(20_001)))
                .when().post("/actions/{id}/comments", action).then().statusCode(400)
                .body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "تم التنفيذ \u202Eلم يتم"))
                .when().post("/actions/{id}/comments", action).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body(Map.of("percent", "تسعون"))
                .when().post("/actions/{id}/progress", action).then().statusCode(400)
                .body("errors.field", hasItem("percent"));
        given().contentType(ContentType.JSON).body(Map.of("percent", 50, "approvedBy", "الوزير"))
                .when().post("/actions/{id}/progress", action).then().statusCode(400)
                .body("errors.field", hasItem("approvedBy"));
        given().contentType(ContentType.JSON).body("{\"status\": \"DONE\"")
                .when().post("/actions/{id}/status", action).then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/actions/{id}/comments", action).then().body("", empty());
        given().when().get("/actions/{id}/progress", action).then().body("", empty());
        given().when().get("/actions/{id}", action).then().body("status", equalTo("OPEN"));

        String injection = "'); DELETE FROM action; -- {action.owner} ${7*7} <script>alert('x')</script> \u2067Zoom\u2069";
        given().contentType(ContentType.JSON).body(Map.of("text", injection))
                .when().post("/actions/{id}/comments", action).then().statusCode(201).body("text", equalTo(injection));
        given().when().get("/actions/{id}/comments", action).then().body("text", contains(injection));
        given().when().get("/actions/{id}", action).then().statusCode(200);
    }
}
