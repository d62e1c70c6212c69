package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.infra.testkit.TestInfra;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mutabaa.actions.Fixtures.*;

/** Working an action over REST: the workflow, progress, comments, evidence, reassignment and history. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ActionWorkflowTest {

    static final String STATUS_CHANGED = "org.mutabaa.action.status-changed.v1";
    static final String SY_NANS = "3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f70";

    @Inject
    OfficialRepository officials;

    String decision;
    String action;

    @BeforeEach
    void anAdoptedDecision() {
        ObjectNode event = adopted();
        decision = decisionId(event);
        publishDecision(event);
        awaitActions(decision, 2);
        action = actionOf(decision, SY_DIRECTOR_GENERAL);
    }

    @Test
    void anActionIsWorkedFromOpenToDoneAndEveryStepIsInItsHistory() {
        status(SY_DIRECTOR_GENERAL, "IN_PROGRESS", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        status(SY_DIRECTOR_GENERAL, "BLOCKED", "بانتظار تسمية فريق العمل العماني")
                .statusCode(200).body("status", equalTo("BLOCKED"))
                .body("statusReason", equalTo("بانتظار تسمية فريق العمل العماني"));
        status(SY_DIRECTOR_GENERAL, "IN_PROGRESS", null).statusCode(200).body("statusReason", equalTo(null));
        status(SY_DIRECTOR_GENERAL, "DONE", "وُقّعت مذكرة التفاهم في مسقط").statusCode(200)
                .body("status", equalTo("DONE")).body("progress", equalTo(100))
                .body("statusReason", equalTo("وُقّعت مذكرة التفاهم في مسقط")).body("verification", equalTo("AWAITING"))
                .body("completedAt", startsWith("20"));

        List<Map<String, Object>> history = given().when().get("/actions/{id}/history", action)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(history).extracting(h -> h.get("change") + ":" + h.get("oldValue") + "->" + h.get("newValue"))
                .containsExactly("CREATED:null->official:" + SY_DIRECTOR_GENERAL, "STATUS:OPEN->IN_PROGRESS",
                        "STATUS:IN_PROGRESS->BLOCKED", "STATUS:BLOCKED->IN_PROGRESS", "STATUS:IN_PROGRESS->DONE",
                        "PROGRESS:0->100");
        assertThat(history.get(2).get("note")).isEqualTo("بانتظار تسمية فريق العمل العماني");
        assertThat(history.get(1).get("actorId")).isEqualTo(SY_DIRECTOR_GENERAL);
        assertThat(history.get(1).get("source")).isEqualTo("API");

        List<JsonNode> changes = awaitPublished(action, STATUS_CHANGED, 4);
        assertThat(changes).extracting(e -> e.get("data").get("status").asText())
                .containsExactly("IN_PROGRESS", "BLOCKED", "IN_PROGRESS", "DONE");
        assertThat(changes.get(3).get("data").get("changedBy").asText()).isEqualTo(SY_DIRECTOR_GENERAL);
    }

    @Test
    void anIllegalTransitionIs409AndChangesNothing() {
        status(SY_DIRECTOR_GENERAL, "BLOCKED", "بانتظار الموافقة").statusCode(200);
        status(SY_DIRECTOR_GENERAL, "DONE", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("BLOCKED cannot become DONE"));
        status(null, "CANCELLED", "ألغيت").statusCode(200);
        status(null, "OPEN", "reopen").statusCode(409).body("detail", containsString("final"));
        status(null, "CANCELLED", "again").statusCode(409).body("detail", containsString("already CANCELLED"));

        assertThat(action(action).getString("status")).isEqualTo("CANCELLED");
        assertThat(given().when().get("/actions/{id}/history", action).then().extract().jsonPath()
                .getList("items.change", String.class)).containsExactly("CREATED", "STATUS", "STATUS");
    }

    @Test
    void blockingCancellingAndReopeningNeedAReason() {
        status(null, "BLOCKED", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        status(null, "BLOCKED", "   ").statusCode(400).body("errors[0].field", equalTo("reason"));
        status(null, "DONE", "أُنجز").statusCode(200);
        status(null, "OPEN", null).statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("detail", containsString("reopen"));
        status(null, "OPEN", "المذكرة لم توقّع بعد").statusCode(200)
                .body("status", equalTo("OPEN")).body("statusReason", equalTo("المذكرة لم توقّع بعد"))
                .body("completedAt", equalTo(null));
    }

    @Test
    void badStatusBodiesAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"status\":\"FINISHED\"}")
                .when().post("/actions/{id}/status", action)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body("{\"status\":\"DONE\",\"when\":\"now\"}")
                .when().post("/actions/{id}/status", action)
                .then().statusCode(400).body("errors[0].field", equalTo("when"));
        given().contentType(ContentType.JSON).body("{}").when().post("/actions/{id}/status", action)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .when().post("/actions/{id}/status", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(action(action).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void progressReportsAreKeptAndStartTheAction() {
        given().contentType(ContentType.JSON).auth().oauth2(as(SY_DIRECTOR_GENERAL))
                .body(Map.of("percent", 40, "text", "أُنجزت مسودة مذكرة التفاهم وأُرسلت إلى الجانب العماني"))
                .when().post("/actions/{id}/progress", action)
                .then().statusCode(201).header("Location", containsString("/actions/" + action + "/progress/"))
                .body("percent", equalTo(40));
        assertThat(action(action).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(action(action).getInt("progress")).isEqualTo(40);
        given().when().get("/actions/{id}/progress", action).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("أُنجزت مسودة مذكرة التفاهم وأُرسلت إلى الجانب العماني"))
                .body("items[0].authorId", equalTo(SY_DIRECTOR_GENERAL));
        JsonNode started = awaitPublished(action, STATUS_CHANGED, 1).get(0).get("data");
        assertThat(started.get("cause").asText()).isEqualTo("PROGRESS");

        given().contentType(ContentType.JSON).body(Map.of("percent", 140)).when().post("/actions/{id}/progress", action)
                .then().statusCode(400).body("errors[0].field", equalTo("percent"));
        status(null, "DONE", "أُنجز").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("percent", 50)).when().post("/actions/{id}/progress", action)
                .then().statusCode(409);
        given().when().get("/actions/{id}/progress", action).then().body("items", hasSize(1));
    }

    @Test
    void commentsAndEvidenceLinksAreKeptByteForByte() {
        String comment = "تمّ التنسيق مع السيد سعيد المعولي 👍 — MoU draft v2";
        given().contentType(ContentType.JSON).auth().oauth2(as(SY_DIRECTOR_GENERAL)).body(Map.of("text", comment))
                .when().post("/actions/{id}/comments", action).then().statusCode(201).body("text", equalTo(comment));
        given().when().get("/actions/{id}/comments", action).then().statusCode(200)
                .body("items[0].text", equalTo(comment)).body("items[0].authorId", equalTo(SY_DIRECTOR_GENERAL));
        // Someone else's action: an official may read it, not work it.
        given().contentType(ContentType.JSON).auth().oauth2(as(KHATIB)).body(Map.of("text", "تعليق"))
                .when().post("/actions/{id}/comments", action).then().statusCode(403)
                .contentType("application/problem+json");

        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://docs.mocte.gov.sy/mou/oman-cert-2026.pdf", "title", "مذكرة التفاهم الموقعة"))
                .when().post("/actions/{id}/attachments", action).then().statusCode(201)
                .body("title", equalTo("مذكرة التفاهم الموقعة"));
        given().contentType(ContentType.JSON).body(Map.of("url", "javascript:alert(1)"))
                .when().post("/actions/{id}/attachments", action)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd"))
                .when().post("/actions/{id}/attachments", action)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("text", "")).when().post("/actions/{id}/comments", action)
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().when().get("/actions/{id}/attachments", action).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].url", equalTo("https://docs.mocte.gov.sy/mou/oman-cert-2026.pdf"));
        assertThat(given().when().get("/actions/{id}/history", action).then().extract().jsonPath()
                .getList("items.change", String.class)).containsExactly("CREATED", "COMMENT", "ATTACHMENT");
    }

    @Test
    void anActionIsReassignedToAnActiveOfficialOfTheDirectoryWithAReason() {
        String deputy = UUID.randomUUID().toString();
        publishOfficial(deputy, SY_NANS, "SY", "الهيئة الوطنية لخدمات الشبكة", "رنا الحسن", "Rana al-Hassan",
                "معاونة المدير العام لأمن المعلومات", "ar", "Asia/Damascus", true);
        String retired = UUID.randomUUID().toString();
        publishOfficial(retired, SY_NANS, "SY", "الهيئة الوطنية لخدمات الشبكة", "سامر يوسف", null,
                "مدير سابق", "ar", null, false);
        awaitOfficial(deputy);
        awaitOfficial(retired);

        reassign(UUID.randomUUID().toString(), "نقل المهمة").statusCode(400)
                .body("errors[0].field", equalTo("officialId"));
        reassign(retired, "نقل المهمة").statusCode(400).body("detail", containsString("deactivated"));
        reassign(deputy, null).statusCode(400).body("errors[0].field", equalTo("reason"));
        assertThat(action(action).getString("owner.officialId")).isEqualTo(SY_DIRECTOR_GENERAL);

        reassign(deputy, "تتولى معاونة المدير العام ملف أمن المعلومات").statusCode(200)
                .body("owner.officialId", equalTo(deputy)).body("owner.nameAr", equalTo("رنا الحسن"))
                .body("owner.organisationNameAr", equalTo("الهيئة الوطنية لخدمات الشبكة"));

        JsonNode reassigned = awaitPublished(action, "org.mutabaa.action.reassigned.v1", 1).get(0).get("data");
        assertThat(reassigned.get("previousOwner").get("officialId").asText()).isEqualTo(SY_DIRECTOR_GENERAL);
        assertThat(reassigned.get("owner").get("nameAr").asText()).isEqualTo("رنا الحسن");
        assertThat(reassigned.get("reason").asText()).isEqualTo("تتولى معاونة المدير العام ملف أمن المعلومات");
        assertThat(reassigned.get("reassignedBy").asText()).isEqualTo(KHATIB);
        List<Map<String, Object>> history = given().when().get("/actions/{id}/history", action)
                .then().extract().jsonPath().getList("items");
        assertThat(history.get(history.size() - 1)).containsEntry("change", "OWNER")
                .containsEntry("oldValue", "official:" + SY_DIRECTOR_GENERAL)
                .containsEntry("newValue", "official:" + deputy)
                .containsEntry("actorId", KHATIB);

        // The new owner sees it among their actions; the previous owner no longer does.
        given().auth().oauth2(as(deputy)).when().get("/actions/mine").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(action));
        given().auth().oauth2(as(SY_DIRECTOR_GENERAL)).when().get("/actions/mine").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(action)));
    }

    @Test
    void priorityDueDateAndCollaboratorsChangeAndAreRecorded() {
        publishOfficial(KHATIB, "5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b92", "SY", "وزارة الاتصالات والتقانة",
                "إياد الخطيب", "Iyad al-Khatib", "وزير الاتصالات والتقانة", "ar", "Asia/Damascus", true);
        awaitOfficial(KHATIB);

        given().contentType(ContentType.JSON)
                .body(Map.of("priority", "HIGH", "dueDate", "2027-02-28", "collaboratorIds", List.of(KHATIB)))
                .when().patch("/actions/{id}", action).then().statusCode(200)
                .body("priority", equalTo("HIGH")).body("dueDate", equalTo("2027-02-28"))
                .body("collaboratorIds", equalTo(List.of(KHATIB)));
        given().auth().oauth2(as(KHATIB)).queryParam("size", 200).when().get("/actions/mine")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(action));

        given().contentType(ContentType.JSON).body(Map.of("collaboratorIds", List.of(UUID.randomUUID())))
                .when().patch("/actions/{id}", action)
                .then().statusCode(400).body("errors[0].field", equalTo("collaboratorIds[0]"));
        given().contentType(ContentType.JSON).body(Map.of("priority", "CRITICAL"))
                .when().patch("/actions/{id}", action)
                .then().statusCode(400).body("errors[0].field", equalTo("priority"));
        assertThat(action(action).getString("priority")).isEqualTo("HIGH");
        assertThat(given().when().get("/actions/{id}/history", action).then().extract().jsonPath()
                .getList("items.change", String.class)).containsExactly("CREATED", "PRIORITY", "DUE_DATE", "COLLABORATORS");
    }

    @Test
    void myActionsNeedToKnowWhoIsAsking() {
        given().auth().none().when().get("/actions/mine").then().statusCode(401)
                .contentType("application/problem+json");
    }

    io.restassured.response.ValidatableResponse status(String actor, String status, String reason) {
        var request = given().contentType(ContentType.JSON);
        if (actor != null) {
            request.auth().oauth2(as(actor));
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return request.body(body).when().post("/actions/{id}/status", action).then();
    }

    io.restassured.response.ValidatableResponse reassign(String to, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("officialId", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().contentType(ContentType.JSON).auth().oauth2(as(KHATIB, "secretariat")).body(body)
                .when().post("/actions/{id}/reassignment", action).then();
    }

    /**
     * A token for the official, with the official role unless others are given; a secretariat is
     * the Syrian ministry's, which recorded the meeting.
     */
    static String as(String official, String... roles) {
        return TestInfra.token(official, List.of(roles).contains("secretariat") ? SY_MOCT : null,
                roles.length == 0 ? new String[] {"official"} : roles);
    }

    void awaitOfficial(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(id)).isPresent()));
    }
}
