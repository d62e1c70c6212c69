package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mutabaa.actions.Fixtures.*;

/**
 * An owner's DONE needs evidence and waits for the secretariat that recorded the meeting, who
 * verifies it or returns it with a reason; the dashboard counts done and verified apart.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class VerificationTest {

    static final String VERIFIED = "org.mutabaa.action.verified.v1";
    static final String RETURNED = "org.mutabaa.action.returned.v1";
    static final String UNSIGNED = "المرفق مسودة غير موقعة؛ يرجى إرفاق المذكرة الموقعة من الجانبين";

    String meeting;
    String action;

    @BeforeEach
    void anAdoptedDecision() {
        meeting = UUID.randomUUID().toString();
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("id", meeting);
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        action = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
    }

    @Test
    void doneNeedsALinkOrANoteOfWhatWasDone() {
        status(owner(), "DONE", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason")).body("detail", containsString("evidence"));
        status(owner(), "DONE", "   ").statusCode(400).body("errors[0].field", equalTo("reason"));
        assertThat(action(action).getString("status")).isEqualTo("OPEN");
        assertThat(history()).containsExactly("CREATED");

        given().auth().oauth2(owner()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://docs.mocte.gov.sy/mou/oman-cert-2026-signed.pdf",
                        "title", "مذكرة التفاهم الموقعة"))
                .when().post("/actions/{id}/attachments", action).then().statusCode(201);
        status(owner(), "DONE", null).statusCode(200).body("status", equalTo("DONE"))
                .body("verification", equalTo("AWAITING")).body("verifiedAt", equalTo(null));

        given().queryParam("meetingId", meeting).queryParam("verification", "AWAITING").when().get("/actions")
                .then().statusCode(200).body("items.id", hasItem(action));
        given().queryParam("meetingId", meeting).queryParam("verification", "VERIFIED").when().get("/actions")
                .then().statusCode(200).body("items.id", not(hasItem(action)));
        given().queryParam("verification", "CHECKED").when().get("/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("verification"));
    }

    @Test
    void theSecretariatReturnsItWithAReasonThenVerifiesIt() {
        status(owner(), "DONE", "وُقّعت مذكرة التفاهم في مسقط").statusCode(200);

        // Only the recording secretariat decides, and never on an action of its own.
        verify(TestInfra.token(SY_DIRECTOR_GENERAL, null, "official")).statusCode(403);
        verify(TestInfra.token(SY_DIRECTOR_GENERAL, SY_MOCT, "secretariat")).statusCode(403)
                .body("detail", containsString("they own"));
        verify(TestInfra.token(MAAWALI, OM_MTCIT, "secretariat")).statusCode(403);
        returnIt(secretariat(), null).statusCode(400).body("errors[0].field", equalTo("reason"));
        returnIt(secretariat(), " ").statusCode(400).body("errors[0].field", equalTo("reason"));
        assertThat(action(action).getString("verification")).isEqualTo("AWAITING");

        returnIt(secretariat(), UNSIGNED).statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("statusReason", equalTo(UNSIGNED)).body("verification", equalTo(null))
                .body("completedAt", equalTo(null));
        returnIt(secretariat(), UNSIGNED).statusCode(409).contentType("application/problem+json");
        verify(secretariat()).statusCode(409).body("detail", containsString("IN_PROGRESS"));
        JsonNode returned = awaitPublished(action, RETURNED, 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-returned.v1", returned.toString())).isEmpty();
        assertThat(returned.get("data").get("reason").asText()).isEqualTo(UNSIGNED);
        assertThat(returned.get("data").get("returnedBy").asText()).isEqualTo(KHATIB);
        assertThat(returned.get("data").get("owner").get("officialId").asText()).isEqualTo(SY_DIRECTOR_GENERAL);

        status(owner(), "DONE", "أُرفقت المذكرة الموقعة من الجانبين").statusCode(200)
                .body("verification", equalTo("AWAITING"));
        verify(secretariat()).statusCode(200).body("status", equalTo("DONE"))
                .body("verification", equalTo("VERIFIED")).body("verifiedBy", equalTo(KHATIB))
                .body("verifiedAt", org.hamcrest.Matchers.startsWith("20"));
        verify(secretariat()).statusCode(409).body("detail", containsString("verified"));
        returnIt(secretariat(), UNSIGNED).statusCode(409);
        JsonNode verified = awaitPublished(action, VERIFIED, 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-verified.v1", verified.toString())).isEmpty();
        assertThat(verified.get("data").get("verifiedBy").asText()).isEqualTo(KHATIB);
        assertThat(verified.get("data").get("decisionOwners")).hasSize(2);

        assertThat(history()).containsExactly("CREATED", "STATUS:OPEN->DONE", "PROGRESS:0->100",
                "RETURNED:DONE->IN_PROGRESS", "STATUS:IN_PROGRESS->DONE", "VERIFIED:AWAITING->VERIFIED");

        // The dashboard tells done from verified; the Omani undersecretary's action is still open.
        given().queryParam("meetingId", meeting).when().get("/dashboard/meetings").then().statusCode(200)
                .body("[0].byStatus.DONE", equalTo(1)).body("[0].verified", equalTo(1))
                .body("[0].awaitingVerification", equalTo(0));
        given().queryParam("meetingId", meeting).when().get("/dashboard/countries").then().statusCode(200)
                .body("find { it.key == 'SY' }.verified", equalTo(1))
                .body("find { it.key == 'OM' }.verified", equalTo(0));

        // Reopened, it is no longer verified: done again, it waits again.
        status(secretariat(), "IN_PROGRESS", "طلب الجانب العماني تعديل الملحق").statusCode(200)
                .body("verification", equalTo(null)).body("verifiedBy", equalTo(null));
        status(owner(), "DONE", "عُدّل الملحق").statusCode(200).body("verification", equalTo("AWAITING"));
        given().queryParam("meetingId", meeting).when().get("/dashboard/meetings").then()
                .body("[0].verified", equalTo(0)).body("[0].awaitingVerification", equalTo(1));
    }

    String owner() {
        return TestInfra.token(SY_DIRECTOR_GENERAL, null, "official");
    }

    /** The Syrian ministry's secretariat, which recorded the meeting. */
    String secretariat() {
        return TestInfra.token(KHATIB, SY_MOCT, "secretariat");
    }

    ValidatableResponse status(String token, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/actions/{id}/status", action).then();
    }

    ValidatableResponse verify(String token) {
        return given().auth().oauth2(token).when().post("/actions/{id}/verification", action).then();
    }

    ValidatableResponse returnIt(String token, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/actions/{id}/return", action).then();
    }

    List<String> history() {
        return given().when().get("/actions/{id}/history", action).then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream()
                .map(h -> h.get("change") + (h.get("oldValue") == null && h.get("newValue") == null
                        || "CREATED".equals(h.get("change")) ? "" : ":" + h.get("oldValue") + "->" + h.get("newValue")))
                .toList();
    }
}
