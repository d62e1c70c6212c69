package org.mutabaa.actions.service.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.actions.Fixtures.*;

/**
 * The Syrian ministry's report of the last quarter of 2026 goes to its focal points on the first
 * working day of 2027 in Syria: not on New Year's Day (a Friday and a holiday) nor the Saturday, but
 * on Sunday 3 January; once, though two sweeps (as two replicas would) look at the same moment, and
 * not again the day after.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class QuarterlyReportsTest {

    @Inject
    TestClock clock;

    @Inject
    QuarterlyReports quarterly;

    @Inject
    OfficialRepository officials;

    @Inject
    EntityManager em;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theQuartersReportGoesOnceOnTheFirstWorkingDayOfTheNext() throws Exception {
        String ministry = UUID.randomUUID().toString();
        String director = UUID.randomUUID().toString();
        publishOfficial(director, ministry, "SY", "وزارة الاتصالات والتقانة", "مهند صالح", "Muhannad Saleh",
                "مدير التخطيط والتعاون الدولي", "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(director)).isPresent()));
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat"))
                .contentType(ContentType.JSON).body(Map.of("focalPointIds", List.of(director), "addresses",
                        List.of(Map.of("email", "followup@moct.example.sy", "nameAr", "مكتب المتابعة",
                                "preferredLanguage", "ar"))))
                .when().put("/organisations/{id}/focal-points", ministry).then().statusCode(200);

        clock.set(Instant.parse("2026-12-10T09:00:00Z"));
        ObjectNode decision = adopted();
        ((ObjectNode) data(decision).get("meeting")).put("recordedBy", ministry);
        publishDecision(decision);
        awaitActions(decisionId(decision), 2);

        clock.set(Instant.parse("2027-01-01T07:00:00Z"));
        quarterly.sendDue();
        clock.set(Instant.parse("2027-01-02T07:00:00Z"));
        quarterly.sendDue();
        assertThat(dispatched(ministry)).isZero();

        // Sunday 3 January, 09:00 in Damascus: two sweeps at once.
        clock.set(Instant.parse("2027-01-03T07:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> sweeps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return quarterly.sendDue();
        })).toList();
        start.countDown();
        sweeps.forEach(CompletableFuture::join);
        assertThat(dispatched(ministry)).isEqualTo(1);

        clock.set(Instant.parse("2027-01-04T07:00:00Z"));
        quarterly.sendDue();
        assertThat(dispatched(ministry)).isEqualTo(1);

        JsonNode ready = awaitPublished(ministry, "org.mutabaa.report.ready.v1", 1).get(0);
        assertThat(Contracts.violations("actions-service", "report-ready.v1", ready.toString())).isEmpty();
        JsonNode data = ready.get("data");
        assertThat(data.get("period").asText()).isEqualTo("2026-Q4");
        assertThat(data.get("organisationNameAr").asText()).isEqualTo("وزارة الاتصالات والتقانة");
        assertThat(data.get("totals").get("onTrack").asInt()).isEqualTo(2);
        assertThat(data.get("recipients")).hasSize(2);
        assertThat(data.get("recipients").get(0).get("officialId").asText()).isEqualTo(director);
        assertThat(data.get("recipients").get(1).get("email").asText()).isEqualTo("followup@moct.example.sy");
        assertThat(data.get("html").asText()).contains("تقرير المتابعة: وزارة الاتصالات والتقانة");
        byte[] pdf = Base64.getDecoder().decode(data.get("pdf").asText());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(data.get("pdfName").asText()).endsWith("-2026-Q4.pdf");
        // Once on the topic, as once in the outbox; an administrator asking again is told it was sent.
        assertThat(published(ministry)).hasSize(1);
        given().queryParam("period", "2026-Q4").when().post("/organisations/{id}/report/mail", ministry).then()
                .statusCode(409);
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat"))
                .queryParam("period", "2026-Q4").when().post("/organisations/{id}/report/mail", ministry).then()
                .statusCode(403);
    }

    /** How many times the organisation's report of 2026-Q4 was claimed, and published through the outbox. */
    long dispatched(String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long claims = ((Number) em.createNativeQuery("select count(*) from report_dispatch where organisation_id = ?1"
                    + " and period = '2026-Q4'").setParameter(1, UUID.fromString(organisation)).getSingleResult()).longValue();
            long events = ((Number) em.createNativeQuery("select count(*) from outbox_event where record_key = ?1"
                    + " and event_type = 'org.mutabaa.report.ready.v1'").setParameter(1, organisation).getSingleResult())
                    .longValue();
            assertThat(events).isEqualTo(claims);
            return claims;
        });
    }
}
