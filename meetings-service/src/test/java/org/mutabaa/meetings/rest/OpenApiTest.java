package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The API describes itself, and Swagger UI serves it. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OpenApiTest {

    @Test
    void theOpenApiDocumentListsTheCommandsAndQueries() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/meetings/{id}/decisions"))
                .body("paths", hasKey("/decisions/{id}/revoke"))
                .body("paths", hasKey("/meetings/{id}/minutes/approval"))
                .body("paths", hasKey("/search"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /** What a client generated from the document gets: the real status, a typed body, problems for errors, roles. */
    @Test
    void recordingADecisionIsDescribedAsItAnswers() {
        String op = "paths.'/meetings/{id}/decisions'.post.";
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(op + "operationId", equalTo("recordDecision"))
                .body(op + "tags", contains("Meetings"))
                .body(op + "'x-roles'", contains("admin", "secretariat"))
                .body(op + "security[0].bearer", empty())
                .body(op + "responses", not(hasKey("200")))
                .body(op + "responses.'201'.headers", hasKey("Location"))
                .body(op + "responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/DecisionView"))
                .body(op + "responses.keySet()", hasItems("400", "401", "403", "404", "409", "413"))
                .body(op + "responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.errors.items.'$ref'",
                        equalTo("#/components/schemas/FieldError"))
                .body("tags.find { it.name == 'Meetings' }.description", not(emptyOrNullString()))
                .body("info.license.name", equalTo("Apache-2.0"));
    }

    @Test
    void readinessCoversTheDatabaseAndTheKafkaChannel() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"))
                .body("checks.find { it.name.startsWith('SmallRye') }.data.outbox", org.hamcrest.Matchers.equalTo("[OK]"));
    }
}
