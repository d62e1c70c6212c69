package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.infra.testkit.RoleMatrix;
import org.mutabaa.infra.testkit.RoleMatrix.Call;
import org.mutabaa.infra.testkit.RoleMatrix.Role;
import org.mutabaa.infra.testkit.TestInfra;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mutabaa.infra.testkit.RoleMatrix.ALL;
import static org.mutabaa.infra.testkit.RoleMatrix.MANAGERS;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Each role against each endpoint family of actions-service, on an action of the example meeting
 * (recorded by the Syrian ministry's secretariat) owned by the Syrian director general: the owner
 * works it, the secretariat also assigns it and watches the dashboard, an administrator does
 * everything; a token with no role of ours does nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class RoleMatrixTest {



    @Inject
    OfficialRepository officials;

    @Test
    void eachRoleAgainstEachEndpointFamily() {
        // The minister, to whom actions are reassigned, is in the directory first.
        publishOfficial(KHATIB, SY_MOCT, "SY", "وزارة الاتصالات والتقانة", "إياد الخطيب", "Iyad al-Khatib",
                "وزير الاتصالات والتقانة", "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(KHATIB)).isPresent()));
        String action = freshAction();
        List<Call<RequestSpecification, Response>> calls = List.of(
                new Call<>("list actions", r -> r.get("/actions"), 200, ALL),
                new Call<>("list one's own", r -> r.get("/actions/mine"), 200, ALL),
                new Call<>("read an action", r -> r.get("/actions/" + action), 200, ALL),
                new Call<>("read its history", r -> r.get("/actions/" + action + "/history"), 200, ALL),
                new Call<>("read its comments", r -> r.get("/actions/" + action + "/comments"), 200, ALL),
                new Call<>("read its progress", r -> r.get("/actions/" + action + "/progress"), 200, ALL),
                new Call<>("read its evidence", r -> r.get("/actions/" + action + "/attachments"), 200, ALL),
                new Call<>("start it", r -> r.contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS"))
                        .post("/actions/" + freshAction() + "/status"), 200, ALL),
                new Call<>("report progress", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("percent", 40, "text", "تم تشكيل فريق العمل")).post("/actions/" + action + "/progress"),
                        201, ALL),
                new Call<>("comment", r -> r.contentType(ContentType.JSON).body(Map.of("text", "بانتظار رد الجانب العماني"))
                        .post("/actions/" + action + "/comments"), 201, ALL),
                new Call<>("attach evidence", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("url", "https://moct.gov.sy/news/1", "title", "محضر الاجتماع"))
                        .post("/actions/" + action + "/attachments"), 201, ALL),
                new Call<>("set priority", r -> r.contentType(ContentType.JSON).body(Map.of("priority", "HIGH"))
                        .patch("/actions/" + action), 200, MANAGERS),
                new Call<>("reassign", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("officialId", KHATIB, "reason", "نقل المتابعة إلى الوزير"))
                        .post("/actions/" + freshAction() + "/reassignment"), 200, MANAGERS),
                new Call<>("the dashboard", r -> r.get("/dashboard/meetings"), 200, MANAGERS));

        Map<Role, String> tokens = Map.of(
                Role.ADMIN, TestInfra.adminToken(),
                Role.SECRETARIAT, TestInfra.token(UUID.randomUUID().toString(), SY_MOCT, "secretariat"),
                Role.OFFICIAL, TestInfra.token(SY_DIRECTOR_GENERAL, null, "official"),
                Role.NONE, TestInfra.token(SY_DIRECTOR_GENERAL, null));
        assertThat(RoleMatrix.wrong(calls, role -> given().auth().oauth2(tokens.get(role)), Response::statusCode,
                Response::contentType)).isEmpty();
    }

    /** A new action of the example decision, owned by the Syrian director general. */
    private static String freshAction() {
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        return actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
    }
}
