package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.actions.service.workflow.ReminderSweep;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Organisation focal points: Syrian Telecom, named in a decision outside both delegations, is told
 * through its focal points, one of whom hands the action to a person of the company; the recording
 * ministry's focal points are the verifiers of a done action.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class FocalPointsTest {

    static final String TELECOM_NAME = "الشركة السورية للاتصالات";

    @Inject
    OfficialRepository officials;

    @Inject
    TestClock clock;

    @Inject
    ReminderSweep sweep;

    /** A recording ministry of its own, so that other tests' meetings do not meet these focal points. */
    String ministry;
    String telecom;
    String focalPoint;
    String engineer;
    String verifier;
    String action;

    @BeforeEach
    void aDecisionOwnedBySyrianTelecom() {
        ministry = UUID.randomUUID().toString();
        telecom = UUID.randomUUID().toString();
        focalPoint = official(telecom, TELECOM_NAME, "لمى الحسن", "مديرة المتابعة");
        engineer = official(telecom, TELECOM_NAME, "سامر داود", "مدير الشبكة الدولية");
        verifier = official(ministry, "وزارة الاتصالات والتقانة", "فادية سليمان", "مديرة التعاون الدولي");
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("recordedBy", ministry);
        owners(event).removeAll();
        data(event).putArray("organisationOwners").addObject()
                .put("organisationId", telecom).put("kind", "COMPANY").put("countryCode", "SY")
                .put("nameAr", TELECOM_NAME).put("nameEn", "Syrian Telecom");
        publishDecision(event);
        action = (String) awaitActions(decisionId(event), 1).get(0).get("id");
    }

    @Test
    void theRecordingSecretariatNamesTheCompanysFocalPointsAndNobodyElseMay() {
        given().auth().oauth2(secretariat(ministry)).when().get("/organisations/{id}/focal-points", telecom).then()
                .statusCode(200).body("focalPoints", org.hamcrest.Matchers.empty());
        name(TestInfra.token(focalPoint, telecom, "official"), focalPoint).statusCode(403);
        name(secretariat(OM_MTCIT), focalPoint).statusCode(403);
        name(secretariat(ministry), verifier).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("focalPointIds[0]"))
                .body("errors[0].message", containsString("not an official of the organisation"));
        name(secretariat(ministry), focalPoint, UUID.randomUUID().toString()).statusCode(400)
                .body("errors[0].field", equalTo("focalPointIds[1]"));
        name(secretariat(ministry), focalPoint, focalPoint).statusCode(400)
                .body("errors[0].field", equalTo("focalPointIds[1]"));
        given().auth().oauth2(secretariat(ministry)).when().get("/organisations/{id}/focal-points", telecom).then()
                .body("focalPoints", org.hamcrest.Matchers.empty());

        name(secretariat(ministry), focalPoint).statusCode(200)
                .body("focalPoints[0].officialId", equalTo(focalPoint))
                .body("focalPoints[0].nameAr", equalTo("لمى الحسن")).body("focalPoints[0].active", equalTo(true));
        // The company's own secretariat may change them too.
        name(secretariat(telecom), focalPoint, engineer).statusCode(200)
                .body("focalPoints.officialId", equalTo(List.of(focalPoint, engineer)));
        name(secretariat(telecom)).statusCode(200).body("focalPoints", org.hamcrest.Matchers.empty());
    }

    @Test
    void aFocalPointIsToldAndHandsTheActionToAPersonOfTheCompany() {
        name(secretariat(ministry), focalPoint).statusCode(200);
        // An overdue reminder of the company's action reaches its focal point. Due Friday 15 January
        // 2027, a day off like the Saturday in Syria: late on Sunday the 17th.
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-01-15"))
                .when().patch("/actions/{id}", action).then().statusCode(200);
        try {
            clock.set(Instant.parse("2027-01-17T12:00:00Z"));
            sweep.sweep();
        } finally {
            clock.reset();
        }
        JsonNode overdue = awaitPublished(action, "org.mutabaa.action.overdue.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-overdue.v1", overdue.toString())).isEmpty();
        assertThat(overdue.get("data").get("focalPoints").get(0).get("officialId").asText()).isEqualTo(focalPoint);
        given().auth().oauth2(TestInfra.token(focalPoint, telecom, "official")).when().get("/actions/{id}", action)
                .then().statusCode(200).body("owner.kind", equalTo("ORGANISATION"));

        // Not to someone outside the company; and only a focal point of it may hand it over.
        handOver(TestInfra.token(focalPoint, telecom, "official"), verifier).statusCode(400)
                .body("errors[0].field", equalTo("officialId"));
        handOver(TestInfra.token(engineer, telecom, "official"), engineer).statusCode(403);
        handOver(TestInfra.token(focalPoint, telecom, "official"), engineer).statusCode(200)
                .body("owner.kind", equalTo("OFFICIAL")).body("owner.officialId", equalTo(engineer))
                .body("owner.nameAr", equalTo("سامر داود"));

        JsonNode reassigned = awaitPublished(action, "org.mutabaa.action.reassigned.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-reassigned.v1", reassigned.toString())).isEmpty();
        assertThat(reassigned.get("data").get("reassignedBy").asText()).isEqualTo(focalPoint);
        assertThat(reassigned.get("data").get("focalPoints").get(0).get("officialId").asText()).isEqualTo(focalPoint);
        assertThat(reassigned.get("data").get("focalPoints").get(0).get("nameAr").asText()).isEqualTo("لمى الحسن");
        // A person owns it now: the focal point still follows it, and has nothing more to hand over.
        given().auth().oauth2(TestInfra.token(focalPoint, telecom, "official")).when().get("/actions/{id}", action)
                .then().statusCode(200);
        handOver(TestInfra.token(focalPoint, telecom, "official"), focalPoint).statusCode(403);
    }

    @Test
    void aDoneActionGoesToTheRecordingMinistrysFocalPointsToVerify() {
        name(secretariat(ministry), focalPoint).statusCode(200);
        given().auth().oauth2(secretariat(ministry)).contentType(ContentType.JSON)
                .body(Map.of("focalPointIds", List.of(verifier)))
                .when().put("/organisations/{id}/focal-points", ministry).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "reason", "فُعّلت الدارة الدولية الجديدة"))
                .when().post("/actions/{id}/status", action).then().statusCode(200);
        JsonNode done = awaitPublished(action, "org.mutabaa.action.status-changed.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-status-changed.v1", done.toString())).isEmpty();
        assertThat(done.get("data").get("verifiers").get(0).get("officialId").asText()).isEqualTo(verifier);
        assertThat(done.get("data").get("focalPoints").get(0).get("officialId").asText()).isEqualTo(focalPoint);
        // The verifier reads it, as does the company's focal point.
        given().auth().oauth2(TestInfra.token(verifier, ministry, "official")).when().get("/actions/{id}", action)
                .then().statusCode(200).body("verification", equalTo("AWAITING"));
        JsonNode created = awaitPublished(action, "org.mutabaa.action.created.v1", 1).get(0);
        assertThat(created.get("data").has("focalPoints")).as("no focal point was named when it was created").isFalse();
    }

    /**
     * The Arab Fund for Economic and Social Development, outside the directory's countries, owns an
     * action: the recording ministry names two addresses of its follow-up office, one reading Arabic
     * and one English. Every event of the action carries them as focal points, with no officialId.
     */
    @Test
    void anOrganisationOutsideTheDirectoryNamesFocalPointsByAddress() {
        String fund = UUID.randomUUID().toString();
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("recordedBy", ministry);
        owners(event).removeAll();
        data(event).putArray("organisationOwners").addObject()
                .put("organisationId", fund).put("kind", "OTHER").put("countryCode", "KW")
                .put("nameAr", "الصندوق العربي للإنماء الاقتصادي والاجتماعي")
                .put("nameEn", "Arab Fund for Economic and Social Development");
        publishDecision(event);
        String fundAction = (String) awaitActions(decisionId(event), 1).get(0).get("id");
        Map<String, Object> arabic = Map.of("email", "followup@arabfund.org", "nameAr", "إدارة المتابعة",
                "preferredLanguage", "ar");
        Map<String, Object> english = Map.of("email", "projects@arabfund.org", "nameEn", "Projects Office",
                "preferredLanguage", "en");

        addresses(fund, List.of(Map.of("email", "not an address", "preferredLanguage", "ar"))).statusCode(400)
                .body("errors[0].field", equalTo("addresses[0].email"));
        addresses(fund, List.of(arabic, Map.of("email", "FollowUp@ArabFund.org", "preferredLanguage", "en")))
                .statusCode(400).body("errors[0].field", equalTo("addresses[1].email"));
        addresses(fund, List.of(Map.of("email", "office@arabfund.org", "preferredLanguage", "fr"))).statusCode(400)
                .body("errors[0].field", equalTo("addresses[0].preferredLanguage"));
        given().auth().oauth2(secretariat(ministry)).when().get("/organisations/{id}/focal-points", fund).then()
                .body("addresses", org.hamcrest.Matchers.empty());

        addresses(fund, List.of(arabic, english)).statusCode(200)
                .body("focalPoints", org.hamcrest.Matchers.empty())
                .body("addresses.email", equalTo(List.of("followup@arabfund.org", "projects@arabfund.org")))
                .body("addresses[0].nameAr", equalTo("إدارة المتابعة"))
                .body("addresses[1].preferredLanguage", equalTo("en"));

        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-01-14"))
                .when().patch("/actions/{id}", fundAction).then().statusCode(200);
        try {
            clock.set(Instant.parse("2027-01-17T12:00:00Z"));
            sweep.sweep();
        } finally {
            clock.reset();
        }
        JsonNode overdue = awaitPublished(fundAction, "org.mutabaa.action.overdue.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-overdue.v1", overdue.toString())).isEmpty();
        JsonNode told = overdue.get("data").get("focalPoints");
        assertThat(told).hasSize(2);
        assertThat(told.get(0).has("officialId")).isFalse();
        assertThat(told.get(0).get("email").asText()).isEqualTo("followup@arabfund.org");
        assertThat(told.get(0).get("organisationId").asText()).isEqualTo(fund);
        assertThat(told.get(0).get("preferredLanguage").asText()).isEqualTo("ar");
        assertThat(told.get(1).get("nameEn").asText()).isEqualTo("Projects Office");
        // A focal point by address is given a signed link to the action (ActionLinksTest); a hand-over needs an official.
        assertThat(overdue.get("data").get("owner").get("organisationId").asText()).isEqualTo(fund);
    }

    ValidatableResponse addresses(String organisation, List<Map<String, Object>> addresses) {
        return given().auth().oauth2(secretariat(ministry)).contentType(ContentType.JSON)
                .body(Map.of("focalPointIds", List.of(), "addresses", addresses))
                .when().put("/organisations/{id}/focal-points", organisation).then();
    }

    ValidatableResponse name(String token, String... officials) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("focalPointIds", List.of(officials)))
                .when().put("/organisations/{id}/focal-points", telecom).then();
    }

    ValidatableResponse handOver(String token, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("officialId", to, "reason", "يتولى مدير الشبكة الدولية تنفيذ الربط"))
                .when().post("/actions/{id}/reassignment", action).then();
    }

    static String secretariat(String organisation) {
        return TestInfra.token(UUID.randomUUID().toString(), organisation, "secretariat");
    }

    String official(String organisation, String organisationName, String nameAr, String titleAr) {
        String id = UUID.randomUUID().toString();
        publishOfficial(id, organisation, "SY", organisationName, nameAr, null, titleAr, "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(id)).isPresent()));
        return id;
    }
}
