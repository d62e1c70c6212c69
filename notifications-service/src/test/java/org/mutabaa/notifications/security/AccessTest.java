package org.mutabaa.notifications.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.notifications.InfraResource;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.notifications.Fixtures.*;

/**
 * An official reads and marks only their own inbox and preferences, whatever id they put in the
 * path or query; the delivery log and its retries are an admin's; webhooks the secretariat's.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AccessTest {

    @Test
    void anOfficialCannotReadOrMarkAnotherOfficialsInbox() {
        String owner = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        ObjectNode event = action("action-created");
        ((ObjectNode) data(event).get("owner")).put("officialId", owner);
        publish(InfraResource.actionsTopic, event);
        String mine = TestInfra.token(owner, SY_NANS, "official");
        String theirs = TestInfra.token(other, SY_NANS, "official");

        String id = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(mine)
                .queryParam("recipientId", owner).when().get("/notifications").then().statusCode(200)
                .extract().<String>path("items[0].id"), java.util.Objects::nonNull);

        given().auth().oauth2(theirs).queryParam("recipientId", owner).when().get("/notifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(theirs).queryParam("recipientId", owner).when().get("/notifications/unread-count")
                .then().statusCode(403);
        given().auth().oauth2(theirs).when().get("/notifications/{id}", id).then().statusCode(403);
        given().auth().oauth2(theirs).when().post("/notifications/{id}/read", id).then().statusCode(403);
        given().auth().oauth2(theirs).queryParam("recipientId", owner).when().get("/notifications/stream")
                .then().statusCode(403);
        given().auth().oauth2(mine).queryParam("recipientId", owner).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(1));

        given().auth().oauth2(theirs).when().get("/preferences/{id}", owner).then().statusCode(403);
        given().auth().oauth2(theirs).contentType(ContentType.JSON).body(Map.of("muted", true))
                .when().put("/preferences/{id}", owner).then().statusCode(403);
        given().auth().oauth2(mine).when().get("/preferences/{id}", owner).then().statusCode(200)
                .body("muted", equalTo(false));
    }

    @Test
    void theDeliveryLogIsAnAdminsAndWebhooksTheSecretariats() {
        String official = TestInfra.token(UUID.randomUUID().toString(), SY_NANS, "official");
        String secretariat = TestInfra.token(UUID.randomUUID().toString(), SY_NANS, "secretariat");
        given().auth().oauth2(official).when().get("/deliveries").then().statusCode(403);
        given().auth().oauth2(secretariat).when().get("/deliveries").then().statusCode(403);
        given().auth().oauth2(official).when().post("/deliveries/{id}/retry", UUID.randomUUID()).then().statusCode(403);
        given().when().get("/deliveries").then().statusCode(200);
        given().auth().oauth2(official).queryParam("organisationId", SY_NANS).when().get("/webhooks")
                .then().statusCode(403);
        given().auth().oauth2(secretariat).queryParam("organisationId", SY_NANS).when().get("/webhooks")
                .then().statusCode(200);
        given().auth().none().when().get("/deliveries").then().statusCode(401);
    }

    @Test
    void aSecretariatHandlesOnlyItsOwnOrganisationsWebhooks() {
        // An agency of this test's own, so that its webhooks add no delivery to other tests.
        String agency = UUID.randomUUID().toString();
        String nans = TestInfra.token(UUID.randomUUID().toString(), agency, "secretariat");
        String omani = TestInfra.token(UUID.randomUUID().toString(), OM_MTCIT, "secretariat");
        String hook = given().auth().oauth2(nans).contentType(ContentType.JSON)
                .body(Map.of("organisationId", agency, "url", "http://127.0.0.1:9/nans"))
                .when().post("/webhooks").then().statusCode(201).extract().path("id");

        // The Omani ministry's secretariat may not list, remove or add the agency's webhooks.
        given().auth().oauth2(omani).queryParam("organisationId", agency).when().get("/webhooks")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(omani).when().delete("/webhooks/{id}", hook).then().statusCode(404);
        given().auth().oauth2(omani).contentType(ContentType.JSON)
                .body(Map.of("organisationId", agency, "url", "http://127.0.0.1:9/stolen"))
                .when().post("/webhooks").then().statusCode(403);

        given().auth().oauth2(nans).queryParam("organisationId", agency).when().get("/webhooks")
                .then().statusCode(200).body("url", org.hamcrest.Matchers.contains("http://127.0.0.1:9/nans"));
        given().auth().oauth2(nans).when().delete("/webhooks/{id}", hook).then().statusCode(204);
    }
}
