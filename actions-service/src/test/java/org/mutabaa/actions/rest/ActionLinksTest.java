package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Signed action links: Oman's Ministry of Transport, Communications and Information Technology owns
 * an action of the seed meeting, and its follow-up office is named by address, with no account here.
 * Its mails carry a link to the action's page; through it the office works the action until the
 * Syrian secretariat verifies it. A forged, expired or revoked link is refused and changes nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ActionLinksTest {

    static final String MINISTRY_AR = "وزارة النقل والاتصالات وتقنية المعلومات";
    static final String OFFICE_AR = "دائرة التعاون الدولي";

    @Inject
    TestClock clock;

    @Inject
    org.mutabaa.actions.repository.OfficialRepository officials;

    String ministry;
    String omani;
    String action;
    ObjectNode decision;

    @BeforeEach
    void anActionOwnedByTheOmaniMinistryWhoseFollowUpOfficeHasNoAccount() {
        ministry = UUID.randomUUID().toString();
        omani = UUID.randomUUID().toString();
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), omani, "secretariat"))
                .contentType(ContentType.JSON)
                .body(Map.of("focalPointIds", List.of(), "addresses", List.of(Map.of("email",
                        "Cooperation@mtcit.example.om", "nameAr", OFFICE_AR, "nameEn", "International Cooperation Office",
                        "preferredLanguage", "ar"))))
                .when().put("/organisations/{id}/focal-points", omani).then().statusCode(200);
        decision = adopted();
        ((ObjectNode) data(decision).get("meeting")).put("recordedBy", ministry);
        owners(decision).removeAll();
        data(decision).putArray("organisationOwners").addObject()
                .put("organisationId", omani).put("kind", "MINISTRY").put("countryCode", "OM")
                .put("nameAr", MINISTRY_AR).put("nameEn", "Ministry of Transport, Communications and IT");
        publishDecision(decision);
        action = (String) awaitActions(decisionId(decision), 1).get(0).get("id");
    }

    @Test
    void theOfficeWorksTheActionThroughItsLinkUntilTheSecretariatVerifiesIt() {
        JsonNode created = awaitPublished(action, "org.mutabaa.action.created.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-created.v1", created.toString())).isEmpty();
        JsonNode office = created.get("data").get("focalPoints").get(0);
        assertThat(office.get("email").asText()).isEqualTo("Cooperation@mtcit.example.om");
        String token = office.get("link").asText();
        OffsetDateTime until = OffsetDateTime.parse(office.get("linkExpiresAt").asText());
        assertThat(until).isBetween(OffsetDateTime.now().plusDays(29), OffsetDateTime.now().plusDays(31));

        link(token).when().get("/action-links/action").then().statusCode(200)
                .body("person.nameAr", equalTo(OFFICE_AR))
                .body("person.preferredLanguage", equalTo("ar"))
                .body("action.id", equalTo(action))
                .body("action.owner.organisationNameAr", equalTo(MINISTRY_AR))
                .body("action.dueDate", equalTo("2027-03-31"))
                .body("decision.textAr", equalTo(data(decision).get("textAr").asText()))
                .body("decision.meetingTitleAr", equalTo(data(decision).get("meeting").get("titleAr").asText()))
                .body("history[0].change", equalTo("CREATED"));

        post(token, "progress", Map.of("percent", 40, "text", "شُكّل فريق العمل المشترك لدى الجانب العماني"))
                .statusCode(200).body("action.progress", equalTo(40)).body("action.status", equalTo("IN_PROGRESS"));
        post(token, "comments", Map.of("text", "نرسل مسودة البرنامج التدريبي الأسبوع القادم")).statusCode(200)
                .body("comments[0].text", equalTo("نرسل مسودة البرنامج التدريبي الأسبوع القادم"));
        post(token, "attachments", Map.of("url", "https://mtcit.example.om/training-plan.pdf",
                "title", "خطة التدريب")).statusCode(200).body("attachments", hasSize(1));
        post(token, "status", Map.of("status", "CANCELLED", "reason", "لا حاجة")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
        post(token, "status", Map.of("status", "DONE")).statusCode(200)
                .body("action.status", equalTo("DONE")).body("action.verification", equalTo("AWAITING"));

        // Everything done through the link is the office's, marked as done by link.
        JsonNode history = given().when().get("/actions/{id}/history", action).then().statusCode(200)
                .extract().as(JsonNode.class).get("items");
        List<JsonNode> byLink = new java.util.ArrayList<>();
        history.forEach(e -> {
            if (e.path("byLink").asBoolean()) {
                byLink.add(e);
            }
        });
        assertThat(byLink).extracting(e -> e.get("change").asText())
                .contains("PROGRESS", "COMMENT", "ATTACHMENT", "STATUS");
        assertThat(byLink).allSatisfy(e -> assertThat(e.get("actorNameAr").asText()).isEqualTo(OFFICE_AR));

        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat"))
                .when().post("/actions/{id}/verification", action).then().statusCode(200)
                .body("verification", equalTo("VERIFIED"));

        refused(link(token).when().get("/action-links/action").then(), "CLOSED");
        refused(post(token, "comments", Map.of("text", "تعليق بعد الإغلاق")), "CLOSED");
        given().when().get("/actions/{id}/comments", action).then().body("items", hasSize(1));
        // The verified event carries no link any more.
        JsonNode verified = awaitPublished(action, "org.mutabaa.action.verified.v1", 1).get(0);
        assertThat(verified.toString()).doesNotContain("\"link\"");
    }

    @Test
    void aForgedExpiredOrRevokedLinkIsRefusedWithNothingChanged() {
        String token = awaitPublished(action, "org.mutabaa.action.created.v1", 1).get(0)
                .get("data").get("focalPoints").get(0).get("link").asText();
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        refused(link(forged).when().get("/action-links/action").then(), "INVALID");
        refused(post("nothing.here", "progress", Map.of("percent", 90)), "INVALID");
        refused(given().when().get("/action-links/action").then(), "INVALID");

        clock.set(Instant.now().plus(java.time.Duration.ofDays(31)));
        try {
            refused(post(token, "progress", Map.of("percent", 90)), "EXPIRED");
        } finally {
            clock.reset();
        }

        String secretariat = TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat");
        JsonNode links = given().auth().oauth2(secretariat).when().get("/actions/{id}/links", action).then()
                .statusCode(200).body("", hasSize(1)).body("[0].email", equalTo("Cooperation@mtcit.example.om"))
                .body("[0].state", equalTo("LIVE")).body(not(containsString(token.substring(0, 20))))
                .extract().as(JsonNode.class);
        String linkId = links.get(0).get("id").asText();
        // Only the secretariat that recorded the meeting sees and revokes them.
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), omani, "secretariat"))
                .when().delete("/actions/{id}/links/{link}", action, linkId).then().statusCode(403);
        given().auth().oauth2(secretariat).when().delete("/actions/{id}/links/{link}", action, linkId).then()
                .statusCode(200).body("state", equalTo("REVOKED"));
        refused(post(token, "progress", Map.of("percent", 90)), "REVOKED");

        given().when().get("/actions/{id}", action).then().body("progress", equalTo(0)).body("status", equalTo("OPEN"));
        given().when().get("/actions/{id}/progress", action).then().body("items", hasSize(0));

        // The next mail carries a new link, which works.
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("status", "BLOCKED", "reason", "بانتظار تسمية الجانب العماني لفريق العمل"))
                .when().post("/actions/{id}/status", action).then().statusCode(200);
        String renewed = awaitPublished(action, "org.mutabaa.action.status-changed.v1", 1).get(0)
                .get("data").get("focalPoints").get(0).get("link").asText();
        assertThat(renewed).isNotEqualTo(token);
        link(renewed).when().get("/action-links/action").then().statusCode(200).body("action.status", equalTo("BLOCKED"));
        given().auth().oauth2(secretariat).when().get("/actions/{id}/links", action).then()
                .body("state", equalTo(List.of("LIVE", "REVOKED")));
    }

    /**
     * The Omani undersecretary owns an action, and the directory marks him as not signing in: the
     * action's events give him a link, through which he works it, named in its history; once the
     * directory says he signs in, the link is refused.
     */
    @Test
    void anOwnerWhoDoesNotSignInWorksHisActionThroughALink() {
        String undersecretary = UUID.randomUUID().toString();
        String omaniMinistry = UUID.randomUUID().toString();
        ObjectNode official = publishOfficial(undersecretary, omaniMinistry, "OM", MINISTRY_AR, "سعيد الحارثي",
                "Saeed Al Harthy", "وكيل وزارة النقل والاتصالات", "en", "Asia/Muscat", true);
        signsIn(official, false);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> officials.findByIdOptional(UUID.fromString(undersecretary))
                        .map(o -> !o.signsIn).orElse(false)));
        ObjectNode adopted = adopted();
        ((ObjectNode) data(adopted).get("meeting")).put("recordedBy", ministry);
        owners(adopted).removeAll();
        owners(adopted).add(person(undersecretary, omaniMinistry, "OM", "سعيد الحارثي", "Saeed Al Harthy",
                "وكيل وزارة النقل والاتصالات", "en"));
        publishDecision(adopted);
        String his = (String) awaitActions(decisionId(adopted), 1).get(0).get("id");

        JsonNode created = awaitPublished(his, "org.mutabaa.action.created.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "action-created.v1", created.toString())).isEmpty();
        String token = created.get("data").get("owner").get("link").asText();
        link(token).when().get("/action-links/action").then().statusCode(200)
                .body("person.nameEn", equalTo("Saeed Al Harthy")).body("person.preferredLanguage", equalTo("en"));
        post(token, "progress", Map.of("percent", 30, "text", "Working group formed")).statusCode(200);
        JsonNode history = given().when().get("/actions/{id}/history", his).then().extract().as(JsonNode.class)
                .get("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("byLink").asBoolean()).isTrue();
        assertThat(last.get("actorId").asText()).isEqualTo(undersecretary);
        assertThat(last.get("actorNameEn").asText()).isEqualTo("Saeed Al Harthy");
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat"))
                .when().get("/actions/{id}/links", his).then().body("[0].officialId", equalTo(undersecretary));

        // An official who signs in is not given links, and the one he had is refused.
        signsIn(official, true);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> officials.findByIdOptional(UUID.fromString(undersecretary))
                        .map(o -> o.signsIn).orElse(false)));
        refused(link(token).when().get("/action-links/action").then(), "REVOKED");
    }

    /** The directory tells again of the official, who now does (or does not) sign in. */
    static void signsIn(ObjectNode official, boolean signsIn) {
        ObjectNode event = official.deepCopy();
        event.put("id", UUID.randomUUID().toString());
        data(event).put("signsIn", signsIn).put("changedAt", java.time.OffsetDateTime.now().plusSeconds(signsIn ? 2 : 1)
                .toString());
        org.mutabaa.infra.testkit.TopicReader.write(bootstrap(), InfraResource.officialsTopic,
                data(event).get("officialId").asText(), event.toString(), Map.of("content-type", CLOUDEVENTS));
    }

    static RequestSpecification link(String token) {
        return given().auth().none().header("Mutabaa-Link", token);
    }

    static ValidatableResponse post(String token, String what, Map<String, Object> body) {
        return link(token).contentType(ContentType.JSON).body(body).when().post("/action-links/action/" + what).then();
    }

    static void refused(ValidatableResponse response, String why) {
        response.statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("link")).body("errors[0].message", equalTo(why));
    }
}
