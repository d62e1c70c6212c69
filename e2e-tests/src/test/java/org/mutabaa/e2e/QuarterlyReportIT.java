package org.mutabaa.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.e2e.SuiteExtension.actions;
import static org.mutabaa.e2e.SuiteExtension.meetings;

/**
 * Two replicas of actions-service share one database: asked at the same moment to mail the Syrian
 * ministry's report of the quarter, one sends it (204) and the other finds it sent. Its follow-up office
 * receives one mail, in Arabic, the report page as the body and the PDF attached; the topic carries
 * one report.
 */
@ExtendWith(SuiteExtension.class)
class QuarterlyReportIT {

    @Test
    void theReportIsMailedOnceWithTwoReplicasRunning() throws Exception {
        SeedLoader.Loaded seed = new SeedLoader(SuiteExtension.suite().meetings().baseUri(), TestInfra.adminToken()).load();
        String ministry = meetings().get("/meetings/{id}", seed.meetingId()).then().statusCode(200).extract()
                .jsonPath().getString("recordedBy");
        String office = "report-" + UUID.randomUUID().toString().substring(0, 8) + "@moct.example.sy";
        actions().contentType("application/json").body(Map.of("focalPointIds", List.of(), "addresses",
                        List.of(Map.of("email", office, "nameAr", "مكتب المتابعة", "preferredLanguage", "ar"))))
                .put("/organisations/{id}/focal-points", ministry).then().statusCode(200);
        await().atMost(Duration.ofMinutes(1)).until(() -> actions().queryParam("meetingId", seed.meetingId())
                .get("/actions").then().statusCode(200).extract().jsonPath().getList("items").size() > 0);

        Map<String, String> env = new java.util.HashMap<>(SuiteExtension.env(SuiteExtension.smtpPort()));
        ServiceProcess second = ServiceProcess.start(SuiteExtension.ROOT, "actions-service", Ports.free(),
                TestInfra.endpoints().database("actions" + SuiteExtension.suite().databaseSuffix()),
                TestInfra.endpoints().bootstrapServers(), env, SuiteExtension.LOGS.resolve("actions-service-replica-2.log"));
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String quarter = today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR);
            List<String> replicas = List.of(SuiteExtension.suite().actions().baseUri().toString(),
                    second.baseUri().toString());
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> asked = replicas.stream().map(replica -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return mail(replica, ministry, quarter);
            })).toList();
            start.countDown();
            assertThat(asked.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(204, 409);

            MailServer.Mail mail = await().atMost(Duration.ofMinutes(1)).until(() -> SuiteExtension.mail().received()
                    .stream().filter(m -> m.to().equals(office)).findFirst().orElse(null), java.util.Objects::nonNull);
            assertThat(mail.subject()).startsWith("تقرير المتابعة عن ").endsWith(": " + meetings()
                    .get("/organisations/{id}", ministry).then().extract().jsonPath().getString("nameAr"));
            assertThat(mail.html()).contains("<html lang=\"ar\" dir=\"rtl\"").contains("تقرير المتابعة: ");
            assertThat(mail.attachments()).hasSize(1);
            assertThat(new String(mail.attachments().get(0).bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            // Asked again, neither sends; one report on the topic, one mail.
            for (String replica : replicas) {
                assertThat(mail(replica, ministry, quarter)).isEqualTo(409);
            }
            long reports = TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), org.mutabaa.infra.Topics.ACTIONS_LIFECYCLE).stream()
                    .filter(r -> ministry.equals(r.key())).map(r -> OutboxReliabilityIT.type(r.value()))
                    .filter("org.mutabaa.report.ready.v1"::equals).count();
            assertThat(reports).isEqualTo(1);
            assertThat(SuiteExtension.mail().received().stream().filter(m -> m.to().equals(office))).hasSize(1);
        } finally {
            second.close();
        }
    }

    static int mail(String replica, String organisation, String quarter) {
        return RestAssured.given().baseUri(replica).auth().oauth2(TestInfra.adminToken()).queryParam("period", quarter)
                .post("/organisations/{id}/report/mail", organisation).then().extract().statusCode();
    }
}
