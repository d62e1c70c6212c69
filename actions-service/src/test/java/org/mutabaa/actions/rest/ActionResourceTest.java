package org.mutabaa.actions.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The actions API's refusals are problems that name what is wrong. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ActionResourceTest {

    @Test
    void anUnknownStatusFilterNamesTheParameter() {
        given().queryParam("status", "LATE").when().get("/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", startsWith("must be one of [OPEN"));
    }

    @Test
    void anUnknownActionIsNotFound() {
        given().when().get("/actions/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aPageSizeOutOfRangeIsRefused() {
        given().queryParam("size", 0).when().get("/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
