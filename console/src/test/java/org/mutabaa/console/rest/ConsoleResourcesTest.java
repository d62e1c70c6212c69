package org.mutabaa.console.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The console's own endpoints: its configuration, the sign-in request's checks, the notification links. */
@QuarkusTest
class ConsoleResourcesTest {

    @Test
    void thePageOpensInArabicRightToLeftAndKnowsWhereTheApisAre() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/config.json").then().statusCode(200)
                .body("signIn", equalTo("local"))
                .body("api.meetings", equalTo("http://localhost:8081"))
                .body("api.actions", equalTo("http://localhost:8082"))
                .body("api.notifications", equalTo("http://localhost:8083"))
                .body("oidc", nullValue());
    }

    @Test
    void aSignInNamesExactlyOneOfAnOfficialAndAnOrganisation() {
        for (String body : new String[]{"{}", "{\"officialId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\""
                + UUID.randomUUID() + "\"}"}) {
            given().contentType("application/json").body(body).when().post("/sign-in/local").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("officialId"));
        }
        given().contentType("application/json").body("{\"officialId\":\"not-a-uuid\"}").when().post("/sign-in/local")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("officialId"));
        given().contentType("application/json").body("{\"officialId\":").when().post("/sign-in/local")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theAddressesNotificationsLinkToOpenTheirPage() {
        UUID id = UUID.randomUUID();
        given().redirects().follow(false).when().get("/actions/{id}", id).then().statusCode(303)
                .header("Location", containsString("/#/actions/" + id));
        given().redirects().follow(false).when().get("/decisions/{id}", id).then().statusCode(303)
                .header("Location", containsString("/#/decisions/" + id));
        given().redirects().follow(false).when().get("/actions/not-an-id").then().statusCode(404);
    }
}
