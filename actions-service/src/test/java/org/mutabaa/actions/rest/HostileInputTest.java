package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
        given().when().get("/actions/{id}/comments", action).then().body("items", empty());
        given().when().get("/actions/{id}/progress", action).then().body("items", empty());
        given().when().get("/actions/{id}", action).then().body("status", equalTo("OPEN"));

        String injection = "'); DELETE FROM action; -- {action.owner} ${7*7} <script>alert('x')</script> \u2067Zoom\u2069";
        given().contentType(ContentType.JSON).body(Map.of("text", injection))
                .when().post("/actions/{id}/comments", action).then().statusCode(201).body("text", equalTo(injection));
        given().when().get("/actions/{id}/comments", action).then().body("items.text", contains(injection));
        given().when().get("/actions/{id}", action).then().statusCode(200);
    }

    @Test
    void aLongDiscussionIsReadAPageAtATimeNotAllAtOnce() {
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String action = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
        for (int i = 1; i <= 60; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "تعليق رقم " + i))
                    .when().post("/actions/{id}/comments", action).then().statusCode(201);
        }
        given().when().get("/actions/{id}/comments", action).then().statusCode(200)
                .body("items", hasSize(50)).body("total", equalTo(60)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].text", equalTo("تعليق رقم 1"));
        given().queryParam("page", 1).when().get("/actions/{id}/comments", action).then().statusCode(200)
                .body("items", hasSize(10)).body("items[9].text", equalTo("تعليق رقم 60"));
        given().queryParam("page", 1).queryParam("size", 25).when().get("/actions/{id}/history", action).then()
                .statusCode(200).body("items", hasSize(25)).body("total", equalTo(61)); // created + 60 comments
        for (String list : List.of("comments", "progress", "attachments", "history")) {
            given().queryParam("size", 201).when().get("/actions/{id}/" + list, action).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", containsString("size"));
        }
    }
}
