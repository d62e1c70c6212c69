package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.platform.time.TestClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mutabaa.actions.Fixtures.*;

/**
 * The follow-up questions a secretariat asks, over one meeting of its own: who owns what, which
 * country and organisation, what is late, and the dashboard's figures.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class QueriesAndDashboardTest {

    static final String TELECOM_NAME = "الشركة السورية للاتصالات";

    @Inject
    TestClock clock;

    String meeting;
    String telecom;
    String undersecretary;
    String directorGeneral;
    String telecomAction;

    /**
     * One meeting, two decisions: the CERT request owned by the Omani undersecretary and the Syrian
     * director general (due 31 March 2027; the director general's is done), and a decision owned by
     * Syrian Telecom (due 15 January 2027), late on 1 February 2027.
     */
    @BeforeEach
    void aMeetingWithThreeActions() {
        meeting = UUID.randomUUID().toString();
        telecom = UUID.randomUUID().toString();
        ObjectNode cert = adopted();
        ((ObjectNode) data(cert).get("meeting")).put("id", meeting);
        publishDecision(cert);
        ObjectNode network = adopted();
        ((ObjectNode) data(network).get("meeting")).put("id", meeting);
        owners(network).removeAll();
        data(network).put("dueDate", "2027-01-15").putArray("organisationOwners").addObject()
                .put("organisationId", telecom).put("kind", "COMPANY").put("countryCode", "SY")
                .put("nameAr", TELECOM_NAME).put("nameEn", "Syrian Telecom");
        publishDecision(network);
        awaitActions(decisionId(cert), 2);
        telecomAction = (String) awaitActions(decisionId(network), 1).get(0).get("id");
        undersecretary = actionOf(decisionId(cert), OM_UNDERSECRETARY);
        directorGeneral = actionOf(decisionId(cert), SY_DIRECTOR_GENERAL);
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "وُقّعت المذكرة"))
                .when().post("/actions/{id}/status", directorGeneral).then().statusCode(200);
        clock.set(Instant.parse("2027-02-01T12:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void actionsAreFoundByEachFilter() {
        assertThat(ids(Map.of("meetingId", meeting))).containsExactlyInAnyOrder(undersecretary, directorGeneral,
                telecomAction);
        assertThat(ids(Map.of("meetingId", meeting, "ownerId", SY_DIRECTOR_GENERAL))).containsExactly(directorGeneral);
        assertThat(ids(Map.of("meetingId", meeting, "countryCode", "OM"))).containsExactly(undersecretary);
        assertThat(ids(Map.of("meetingId", meeting, "countryCode", "SY")))
                .containsExactlyInAnyOrder(directorGeneral, telecomAction);
        assertThat(ids(Map.of("organisationId", telecom))).containsExactly(telecomAction);
        assertThat(ids(Map.of("meetingId", meeting, "status", "DONE"))).containsExactly(directorGeneral);
        assertThat(ids(Map.of("meetingId", meeting, "dueBefore", "2027-03-31"))).containsExactly(telecomAction);
        assertThat(ids(Map.of("meetingId", meeting, "dueAfter", "2027-01-15")))
                .containsExactlyInAnyOrder(undersecretary, directorGeneral);
        assertThat(ids(Map.of("meetingId", meeting, "overdue", "true"))).containsExactly(telecomAction);
        assertThat(ids(Map.of("meetingId", meeting, "overdue", "false")))
                .containsExactlyInAnyOrder(undersecretary, directorGeneral);
        given().queryParam("meetingId", meeting).queryParam("overdue", true).when().get("/actions")
                .then().body("items[0].overdue", equalTo(true))
                .body("items[0].owner.kind", equalTo("ORGANISATION"));
    }

    @Test
    void actionsArePagedAndSorted() {
        given().queryParams(Map.of("meetingId", meeting, "sort", "-dueDate", "size", 2)).when().get("/actions")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2))
                .body("items[0].dueDate", equalTo("2027-03-31")).body("items[1].dueDate", equalTo("2027-03-31"));
        given().queryParams(Map.of("meetingId", meeting, "sort", "-dueDate", "size", 2, "page", 1))
                .when().get("/actions").then().statusCode(200)
                .body("items.id", contains(telecomAction));
        given().queryParams(Map.of("meetingId", meeting, "sort", "dueDate", "size", 1)).when().get("/actions")
                .then().body("items.id", contains(telecomAction));
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("status", "FINISHED", "dueBefore", "31/03/2027",
                "countryCode", "Syria", "sort", "priority", "size", "1000").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).when().get("/actions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
    }

    @Test
    void theDashboardCountsPerMeetingOrganisationAndCountry() {
        Map<String, Object> row = given().queryParam("meetingId", meeting).when().get("/dashboard/meetings")
                .then().statusCode(200).body("$", hasSize(1)).extract().jsonPath().getMap("[0]");
        assertThat(row.get("key")).isEqualTo(meeting);
        assertThat(row.get("labelAr")).isEqualTo(
                "اجتماع وزير الاتصالات والتقانة إياد الخطيب مع وزير النقل والاتصالات في سلطنة عمان سعيد المعولي");
        assertThat(row.get("total")).isEqualTo(3);
        assertThat(row.get("byStatus")).isEqualTo(Map.of("OPEN", 2, "IN_PROGRESS", 0, "BLOCKED", 0, "DONE", 1,
                "CANCELLED", 0));
        assertThat(row.get("overdue")).isEqualTo(1);
        // Due Friday 15 January (Damascus), a day off like the Saturday: late from Sunday the 17th, and
        // 12 working days late on Monday 1 February (17–21, 24–28, 31 January and 1 February).
        assertThat(row.get("oldestOverdue")).isEqualTo(Map.of("actionId", telecomAction, "dueDate", "2027-01-15",
                "daysOverdue", 12));
        assertThat(row.get("completionRate")).isEqualTo(0.333f);

        given().queryParam("meetingId", meeting).when().get("/dashboard/countries").then().statusCode(200)
                .body("key", contains("SY", "OM"))
                .body("total", contains(2, 1)).body("overdue", contains(1, 0))
                .body("completionRate", contains(0.5f, 0.0f));
        given().queryParam("meetingId", meeting).when().get("/dashboard/organisations").then().statusCode(200)
                .body("$", hasSize(3))
                .body("find { it.key == '" + telecom + "' }.labelAr", equalTo(TELECOM_NAME))
                .body("find { it.key == '" + telecom + "' }.overdue", equalTo(1));

        // Cancelled actions leave the completion rate; done ones reopened count as to do again.
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "أُلغيت بقرار الوزير"))
                .when().post("/actions/{id}/status", telecomAction).then().statusCode(200);
        given().queryParam("meetingId", meeting).when().get("/dashboard/meetings").then()
                .body("[0].overdue", equalTo(0)).body("[0].oldestOverdue", equalTo(null))
                .body("[0].completionRate", equalTo(0.5f));
        given().queryParam("countryCode", "Syria").when().get("/dashboard/countries")
                .then().statusCode(400).body("errors[0].field", equalTo("countryCode"));
    }

    static List<String> ids(Map<String, String> query) {
        return given().queryParams(query).queryParam("size", 200).when().get("/actions").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }
}
