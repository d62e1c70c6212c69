package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/** Who may do what to actions: owners work theirs, the secretariat assigns and watches the dashboard. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AccessTest {

    @Test
    void anOfficialWorksTheirOwnActionOnlyAndCannotAssignOrSeeTheDashboard() {
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        String mine = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
        String theirs = actionOf(decisionId(event), OM_UNDERSECRETARY);
        String director = TestInfra.token(SY_DIRECTOR_GENERAL, null, "official");

        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS"))
                .when().post("/actions/{id}/status", mine).then().statusCode(200);
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة"))
                .when().post("/actions/{id}/status", theirs).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("percent", 90))
                .when().post("/actions/{id}/progress", theirs).then().statusCode(403);
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("priority", "URGENT"))
                .when().patch("/actions/{id}", mine).then().statusCode(403);
        given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("officialId", OM_UNDERSECRETARY, "reason", "نقل"))
                .when().post("/actions/{id}/reassignment", mine).then().statusCode(403);
        given().auth().oauth2(director).when().get("/dashboard/meetings").then().statusCode(403);
        given().auth().oauth2(TestInfra.token(SY_DIRECTOR_GENERAL, null, "secretariat"))
                .when().get("/dashboard/meetings").then().statusCode(200);
        given().auth().none().when().get("/actions/{id}", mine).then().statusCode(401);

        assertThat(action(theirs).getString("status")).isEqualTo("OPEN");
        assertThat(action(mine).getString("priority")).isEqualTo("NORMAL");
        given().when().get("/actions/{id}", mine).then().body("status", equalTo("IN_PROGRESS"));
    }
}
