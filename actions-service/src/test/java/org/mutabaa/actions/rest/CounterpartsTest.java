package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.TestInfra;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * A lead and a counterpart on the other delegation: both have an action, linked both ways; each
 * sees the other's owner, status and progress; the dashboard puts them side by side and says which
 * side is late; an amendment that drops the counterpart cancels their action and unlinks the lead's.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class CounterpartsTest {

    @Test
    void twoOwnersPairedAsLeadAndCounterpartSeeEachOther() {
        // The contract example's pair: the Syrian director general (lead) and the Omani undersecretary.
        ObjectNode event = adopted();
        data(event).set("counterparts", read("meetings-service/decision-adopted.v1.example.json")
                .get("data").get("counterparts"));
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String lead = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
        String counterpart = actionOf(decisionId(event), OM_UNDERSECRETARY);
        JsonPath l = action(lead);
        assertThat(l.getString("pair.side")).isEqualTo("LEAD");
        assertThat(l.getString("pair.counterpartActionId")).isEqualTo(counterpart);
        assertThat(l.getString("pair.counterpartOwner.officialId")).isEqualTo(OM_UNDERSECRETARY);
        assertThat(l.getString("pair.counterpartOwner.countryCode")).isEqualTo("OM");
        JsonPath c = action(counterpart);
        assertThat(c.getString("pair.side")).isEqualTo("COUNTERPART");
        assertThat(c.getString("pair.counterpartActionId")).isEqualTo(lead);

        // The counterpart reports progress; the lead, with an official's token, reads it on their own action.
        given().auth().oauth2(TestInfra.token(OM_UNDERSECRETARY, null, "official")).contentType(ContentType.JSON)
                .body(Map.of("percent", 60, "text", "Omani CERT trainers named for the Damascus course"))
                .when().post("/actions/{id}/progress", counterpart).then().statusCode(201);
        given().auth().oauth2(TestInfra.token(SY_DIRECTOR_GENERAL, null, "official"))
                .when().get("/actions/{id}", lead).then().statusCode(200)
                .body("pair.status", equalTo("IN_PROGRESS")).body("pair.progress", equalTo(60));
        given().queryParam("decisionId", decisionId(event)).when().get("/actions").then().statusCode(200)
                .body("items.find { it.id == '" + lead + "' }.pair.progress", equalTo(60));
    }

    @Test
    void aCounterpartWhoDoesNotOwnTheDecisionGetsAnActionAndTheDashboardSaysWhichSideIsLate() {
        ObjectNode event = adopted();
        ObjectNode data = data(event);
        String meeting = UUID.randomUUID().toString();
        // Confidential: only those it concerns and the recording secretariat read it.
        ((ObjectNode) data.get("meeting")).put("id", meeting).put("classification", "CONFIDENTIAL");
        data.put("dueDate", "2026-01-15");
        ArrayNode owners = owners(event);
        owners.remove(0); // the Syrian director general alone owns it
        ObjectNode maawali = person(MAAWALI, OM_MTCIT, "OM", "سعيد المعولي", "Saeed al-Maawali",
                "وزير النقل والاتصالات وتقنية المعلومات", "ar");
        ArrayNode pairs = data.putArray("counterparts");
        pairs.addObject().put("ownerId", SY_DIRECTOR_GENERAL).set("counterpart", maawali);
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String lead = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
        String counterpart = actionOf(decisionId(event), MAAWALI);
        assertThat(action(counterpart).getString("pair.counterpartActionId")).isEqualTo(lead);
        assertThat(action(counterpart).getString("owner.nameAr")).isEqualTo("سعيد المعولي");

        // The Omani side reports it done with evidence; the Syrian side is late.
        given().auth().oauth2(TestInfra.token(MAAWALI, null, "official")).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "reason", "أُرسل المدربون العمانيون إلى دمشق"))
                .when().post("/actions/{id}/status", counterpart).then().statusCode(200);
        JsonPath pair = given().queryParam("meetingId", meeting).when().get("/dashboard/pairs").then()
                .statusCode(200).extract().jsonPath();
        assertThat(pair.getList("$")).hasSize(1);
        assertThat(pair.getString("[0].late")).isEqualTo("LEAD");
        assertThat(pair.getString("[0].lead.actionId")).isEqualTo(lead);
        assertThat(pair.getBoolean("[0].lead.overdue")).isTrue();
        assertThat(pair.getInt("[0].lead.daysOverdue")).isPositive();
        assertThat(pair.getString("[0].counterpart.nameAr")).isEqualTo("سعيد المعولي");
        assertThat(pair.getString("[0].counterpart.status")).isEqualTo("DONE");
        assertThat(pair.getString("[0].counterpart.verification")).isEqualTo("AWAITING");
        given().queryParam("meetingId", meeting).queryParam("countryCode", "JO").when().get("/dashboard/pairs")
                .then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("countryCode", "oman").when().get("/dashboard/pairs").then().statusCode(400)
                .body("errors[0].field", equalTo("countryCode"));
        // A secretariat that neither recorded the meeting nor owns a side sees no pair of it.
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "secretariat"))
                .queryParam("meetingId", meeting).when().get("/dashboard/pairs").then().statusCode(200)
                .body("size()", equalTo(0));

        // The amendment drops the counterpart: the lead's action stands alone again.
        ObjectNode amendment = amended(event, "counterparts");
        data(amendment).remove("counterparts");
        publishDecision(amendment);
        await().atMost(Duration.ofSeconds(30)).until(() -> action(lead).get("pair") == null);
        assertThat(action(counterpart).getString("pair")).isNull();
        // Done stays done: the Omani minister's action was finished before the amendment.
        assertThat(action(counterpart).getString("status")).isEqualTo("DONE");
        given().queryParam("meetingId", meeting).when().get("/dashboard/pairs").then().body("size()", equalTo(0));
    }
}
