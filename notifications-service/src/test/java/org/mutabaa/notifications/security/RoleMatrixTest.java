package org.mutabaa.notifications.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.RoleMatrix;
import org.mutabaa.infra.testkit.RoleMatrix.Call;
import org.mutabaa.infra.testkit.RoleMatrix.Role;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.notifications.InfraResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mutabaa.infra.testkit.RoleMatrix.MANAGERS;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.notifications.Fixtures.*;

/**
 * Each role against each endpoint family of notifications-service, and what a confidential
 * meeting leaves in it: an inbox is its official's (or an administrator's to look into), the
 * delivery log an administrator's, webhooks their organisation's secretariat's; a confidential
 * decision reaches only its owners and the heads of delegation, without its text.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class RoleMatrixTest {



    final String salt = UUID.randomUUID().toString();

    @Test
    void eachRoleAgainstEachEndpointFamily() {
        String owner = UUID.randomUUID().toString();
        String notification = notify(owner);
        // Webhooks of an organisation of this test's own: no other test's deliveries grow.
        String organisation = UUID.randomUUID().toString();
        List<Role> self = List.of(Role.ADMIN, Role.OFFICIAL);
        List<Call<RequestSpecification, Response>> calls = List.of(
                new Call<>("read the inbox", r -> r.queryParam("recipientId", owner).get("/notifications"), 200, self),
                new Call<>("count the unread", r -> r.queryParam("recipientId", owner).get("/notifications/unread-count"),
                        200, self),
                new Call<>("read a notification", r -> r.get("/notifications/" + notification), 200, self),
                new Call<>("mark it read", r -> r.post("/notifications/" + notification + "/read"), 200, self),
                new Call<>("mark it unread", r -> r.post("/notifications/" + notification + "/unread"), 200, self),
                new Call<>("read preferences", r -> r.get("/preferences/" + owner), 200, self),
                new Call<>("set preferences", r -> r.contentType(ContentType.JSON).body(Map.of("muted", false))
                        .put("/preferences/" + owner), 200, self),
                new Call<>("read the delivery log", r -> r.get("/deliveries"), 200, List.of(Role.ADMIN)),
                new Call<>("retry a delivery", r -> r.post("/deliveries/" + UUID.randomUUID() + "/retry"), 404,
                        List.of(Role.ADMIN)),
                new Call<>("list webhooks", r -> r.queryParam("organisationId", organisation).get("/webhooks"), 200, MANAGERS),
                new Call<>("register a webhook", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("organisationId", organisation, "url", "http://127.0.0.1:9/hook")).post("/webhooks"),
                        201, MANAGERS),
                new Call<>("remove a webhook", r -> r.delete("/webhooks/" + webhook(organisation)), 204, MANAGERS));

        Map<Role, String> tokens = Map.of(
                Role.ADMIN, TestInfra.adminToken(),
                Role.SECRETARIAT, TestInfra.token(UUID.randomUUID().toString(), organisation, "secretariat"),
                Role.OFFICIAL, TestInfra.token(owner, SY_NANS, "official"),
                Role.NONE, TestInfra.token(owner, SY_NANS));
        assertThat(RoleMatrix.wrong(calls, role -> given().auth().oauth2(tokens.get(role)), Response::statusCode,
                Response::contentType)).isEmpty();
    }

    @Test
    void aConfidentialDecisionReachesOnlyItsOwnersAndHeadsAndWithoutItsText() {
        // The example decision, its people given ids of this test's own (no mail to anyone else's tests).
        String text = decisionAdopted().toString();
        for (String seedOfficial : List.of(OM_UNDERSECRETARY, SY_DIRECTOR_GENERAL, KHATIB, MAAWALI)) {
            text = text.replace(seedOfficial, UUID.nameUUIDFromBytes((seedOfficial + salt).getBytes()).toString());
        }
        ObjectNode event = (ObjectNode) parse(text);
        ((ObjectNode) event.get("data").get("meeting")).put("classification", "CONFIDENTIAL");
        publish(InfraResource.decisionsTopic, event);
        String decisionId = event.get("data").get("decisionId").asText();
        String decisionText = event.get("data").get("textAr").asText();

        for (String seedOfficial : List.of(OM_UNDERSECRETARY, SY_DIRECTOR_GENERAL, KHATIB, MAAWALI)) {
            String recipient = UUID.nameUUIDFromBytes((seedOfficial + salt).getBytes()).toString();
            String token = TestInfra.token(recipient, null, "official");
            List<String> bodies = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                    .queryParam("recipientId", recipient).queryParam("size", 200).get("/notifications").then()
                    .statusCode(200).extract().jsonPath().getList("items.findAll { it.decisionId == '" + decisionId
                            + "' }.body", String.class), l -> !l.isEmpty());
            assertThat(bodies).hasSize(1).noneMatch(body -> body.contains(decisionText));
        }
        // An official of the same ministry who was not there has nothing, not even a count.
        String colleague = UUID.randomUUID().toString();
        given().auth().oauth2(TestInfra.token(colleague, SY_MOCT, "official")).queryParam("recipientId", colleague)
                .get("/notifications/unread-count").then().statusCode(200)
                .body("unread", org.hamcrest.Matchers.equalTo(0));
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An action created for the official: their notification's id. */
    private static String notify(String owner) {
        ObjectNode event = action("action-created");
        ((ObjectNode) data(event).get("owner")).put("officialId", owner);
        publish(InfraResource.actionsTopic, event);
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("recipientId", owner)
                .get("/notifications").then().statusCode(200).extract().<String>path("items[0].id"), Objects::nonNull);
    }

    private static String webhook(String organisation) {
        return given().contentType(ContentType.JSON).body(Map.of("organisationId", organisation, "url", "http://127.0.0.1:9/x"))
                .post("/webhooks").then().statusCode(201).extract().path("id");
    }
}
