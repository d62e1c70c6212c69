package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Who reads and changes which action: a confidential meeting's actions exist only for their
 * owners, the meeting's participants and the secretariat that recorded it — in single reads,
 * lists, counts and the dashboard; another secretariat reads a non-confidential one but changes
 * nothing of it. Every refusal changes nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class VisibilityTest {

    static final String OUTSIDER = UUID.randomUUID().toString();

    @Test
    void aConfidentialMeetingsActionsExistOnlyForItsPeopleAndItsSecretariat() {
        ObjectNode event = adopted("CONFIDENTIAL");
        String meeting = data(event).get("meeting").get("id").asText();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String undersecretary = actionOf(decisionId(event), OM_UNDERSECRETARY);

        // The owner, a participant (the Omani minister, head of his delegation) and the recording secretariat.
        for (String token : List.of(TestInfra.token(OM_UNDERSECRETARY, OM_MTCIT, "official"),
                TestInfra.token(MAAWALI, OM_MTCIT, "official"), secretariat(SY_MOCT))) {
            given().auth().oauth2(token).get("/actions/{id}", undersecretary).then().statusCode(200);
            given().auth().oauth2(token).queryParam("meetingId", meeting).get("/actions").then()
                    .body("total", equalTo(2));
        }
        given().auth().oauth2(secretariat(SY_MOCT)).queryParam("meetingId", meeting).get("/dashboard/meetings")
                .then().statusCode(200).body("total", contains(2));

        // Another official of the same ministry, and the Omani ministry's secretariat, see nothing:
        // not the action, its trail, a count, or a dashboard row.
        for (String token : List.of(TestInfra.token(OUTSIDER, OM_MTCIT, "official"), secretariat(OM_MTCIT))) {
            for (String path : List.of("", "/history", "/comments", "/progress", "/attachments")) {
                given().auth().oauth2(token).get("/actions/{id}" + path, undersecretary).then().statusCode(404)
                        .contentType("application/problem+json");
            }
            given().auth().oauth2(token).queryParam("meetingId", meeting).get("/actions").then()
                    .body("total", equalTo(0)).body("items", empty());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة"))
                    .post("/actions/{id}/status", undersecretary).then().statusCode(404);
        }
        given().auth().oauth2(secretariat(OM_MTCIT)).queryParam("meetingId", meeting).get("/dashboard/meetings")
                .then().statusCode(200).body("", empty());
        given().auth().oauth2(secretariat(OM_MTCIT)).contentType(ContentType.JSON)
                .body(Map.of("officialId", OM_UNDERSECRETARY, "reason", "نقل")).when()
                .post("/actions/{id}/reassignment", actionOf(decisionId(event), SY_DIRECTOR_GENERAL))
                .then().statusCode(404);
        assertThat(action(undersecretary).getString("status")).isEqualTo("OPEN");
        assertThat(published(undersecretary)).hasSize(1);
    }

    @Test
    void anotherSecretariatReadsAnInternalMeetingsActionsButChangesNothing() {
        ObjectNode event = adopted("INTERNAL");
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String undersecretary = actionOf(decisionId(event), OM_UNDERSECRETARY);
        String omani = secretariat(OM_MTCIT);

        given().auth().oauth2(omani).get("/actions/{id}", undersecretary).then().statusCode(200);
        given().auth().oauth2(omani).contentType(ContentType.JSON).body(Map.of("priority", "URGENT"))
                .patch("/actions/{id}", undersecretary).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(omani).contentType(ContentType.JSON)
                .body(Map.of("officialId", MAAWALI, "reason", "نقل المتابعة"))
                .post("/actions/{id}/reassignment", undersecretary).then().statusCode(403);
        given().auth().oauth2(omani).contentType(ContentType.JSON).body(Map.of("text", "تعليق من خارج المتابعة"))
                .post("/actions/{id}/comments", undersecretary).then().statusCode(403);
        // An official who neither owns it nor was at the meeting does not read it, even unclassified.
        given().auth().oauth2(TestInfra.token(OUTSIDER, OM_MTCIT, "official"))
                .get("/actions/{id}", undersecretary).then().statusCode(404);

        assertUnchanged(undersecretary);
        // The recording secretariat may.
        given().auth().oauth2(secretariat(SY_MOCT)).contentType(ContentType.JSON).body(Map.of("priority", "URGENT"))
                .patch("/actions/{id}", undersecretary).then().statusCode(200).body("priority", equalTo("URGENT"));
    }

    @Test
    void officialsOfAnOwningOrganisationReadItsUnassignedAction() {
        ObjectNode event = adopted("INTERNAL");
        data(event).remove("owners");
        data(event).putArray("organisationOwners").addObject().put("organisationId", OM_MTCIT)
                .put("kind", "MINISTRY").put("countryCode", "OM").put("nameAr", "وزارة النقل والاتصالات وتقنية المعلومات");
        publishDecision(event);
        String action = awaitActions(decisionId(event), 1).get(0).get("id").toString();
        given().auth().oauth2(TestInfra.token(OUTSIDER, OM_MTCIT, "official")).get("/actions/{id}", action)
                .then().statusCode(200).body("owner.organisationId", equalTo(OM_MTCIT));
        given().auth().oauth2(TestInfra.token(OUTSIDER, SY_MOCT, "official")).get("/actions/{id}", action)
                .then().statusCode(404);
        given().auth().oauth2(TestInfra.token(OUTSIDER, OM_MTCIT, "official")).queryParam("decisionId", decisionId(event))
                .get("/actions").then().body("items.id", containsInAnyOrder(action));
    }

    /** The example decision at a meeting of its own, of this classification, recorded by the Syrian ministry. */
    private static ObjectNode adopted(String classification) {
        ObjectNode event = org.mutabaa.actions.Fixtures.adopted();
        ((ObjectNode) data(event).get("meeting")).put("id", UUID.randomUUID().toString())
                .put("classification", classification).put("recordedBy", SY_MOCT);
        return event;
    }

    private static String secretariat(String organisation) {
        return TestInfra.token(UUID.randomUUID().toString(), organisation, "secretariat");
    }

    /** What an administrator sees of an action nobody entitled has touched. */
    private static void assertUnchanged(String action) {
        var view = action(action);
        assertThat(view.getString("priority")).isEqualTo("NORMAL");
        assertThat(view.getString("owner.officialId")).isEqualTo(OM_UNDERSECRETARY);
        given().get("/actions/{id}/comments", action).then().body("items", empty());
    }
}
