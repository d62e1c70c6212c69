package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

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

    @Test
    void readinessCoversTheDatabaseAndTheKafkaChannel() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"))
                .body("checks.find { it.name.startsWith('SmallRye') }.data.outbox", org.hamcrest.Matchers.equalTo("[OK]"));
    }
}
