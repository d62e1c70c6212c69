package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.platform.time.TestClock;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.actions.Fixtures.*;

/**
 * The Syrian ministry's report of the first quarter of 2027, from three decisions of the seed meeting
 * (one adopted in December, two in January), each with an action for the Omani and the Syrian side.
 * Each action's state is the one it had at the end of the quarter, even where it changed after; the
 * quarter before is counted as it stood then. The report is data, a printable page, a PDF whose
 * Arabic reads back as it was written, a spreadsheet and a chart.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ReportsTest {

    static final String MINISTRY_AR = "وزارة الاتصالات والتقانة";
    static final Path LOOKED_AT = Path.of("target", "report-pages");

    @Inject
    TestClock clock;

    @Inject
    OfficialRepository officials;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theMinistrysFirstQuarterAsItStoodThen() throws Exception {
        String ministry = UUID.randomUUID().toString();
        String official = UUID.randomUUID().toString();
        publishOfficial(official, ministry, "SY", MINISTRY_AR, "مهند صالح", "Muhannad Saleh", "مدير التخطيط والتعاون الدولي",
                "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(official)).isPresent()));

        clock.set(Instant.parse("2026-12-10T09:00:00Z"));
        Map<String, String> x = decision(ministry, "تبادل الخبرات في التحول الرقمي");
        due(x.get("SY"), "2026-12-20");
        due(x.get("OM"), "2027-06-30");

        clock.set(Instant.parse("2027-01-10T09:00:00Z"));
        Map<String, String> y = decision(ministry, "إعداد مذكرة تفاهم حول أمن المعلومات");
        Map<String, String> z = decision(ministry, "تدريب فريق العمل على مراكز الاستجابة للطوارئ");
        due(y.get("SY"), "2027-02-15");
        due(y.get("OM"), "2027-02-20");
        due(z.get("SY"), "2027-04-01");
        due(z.get("OM"), "2027-05-01");

        clock.set(Instant.parse("2027-02-10T09:00:00Z"));
        status(x.get("SY"), "DONE", "أُنجز تبادل الخبرات في ورشة مشتركة");
        given().when().post("/actions/{id}/verification", x.get("SY")).then().statusCode(200);
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        status(y.get("OM"), "DONE", "أُرسلت المسودة العمانية");
        clock.set(Instant.parse("2027-03-05T09:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("percent", 10, "text", "بدأ التحضير"))
                .when().post("/actions/{id}/progress", z.get("SY")).then().statusCode(201);
        status(z.get("OM"), "CANCELLED", "دُمج في قرار آخر");
        // After the quarter: the late action is done at last. The quarter's report still says late.
        clock.set(Instant.parse("2027-04-03T09:00:00Z"));
        status(y.get("SY"), "DONE", "أُنجزت المذكرة بعد موعدها");

        clock.set(Instant.parse("2027-04-05T09:00:00Z"));
        JsonPath report = report(ministry).get("").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("organisation.nameAr")).isEqualTo(MINISTRY_AR);
        assertThat(report.getString("period.label")).isEqualTo("2027-Q1");
        assertThat(report.getString("asOf")).startsWith("2027-04-01T00:00");
        assertThat(report.getMap("totals")).containsEntry("onTrack", 1).containsEntry("atRisk", 1)
                .containsEntry("late", 1).containsEntry("done", 1).containsEntry("verified", 1)
                .containsEntry("cancelled", 1);
        // At the end of 2026 only the December decision's actions were there: one late, one on track.
        assertThat(report.getString("previousPeriod.label")).isEqualTo("2026-Q4");
        assertThat(report.getMap("previous")).containsEntry("late", 1).containsEntry("onTrack", 1)
                .containsEntry("verified", 0).containsEntry("done", 0);
        assertThat(report.getList("oldestLate.actionId")).containsExactly(y.get("SY"));
        assertThat(report.getInt("oldestLate[0].workingDaysLate")).isGreaterThan(20);
        assertThat(report.getList("byCountry.key")).containsExactly("OM", "SY");
        assertThat(report.getMap("byCountry[1].counts")).containsEntry("late", 1).containsEntry("atRisk", 1)
                .containsEntry("verified", 1);
        assertThat(report.getList("decisions")).hasSize(3);
        assertThat(report.getList("decisions.textAr")).contains("إعداد مذكرة تفاهم حول أمن المعلومات");

        // Only the ministry's own secretariat (or an administrator) reads it.
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "secretariat"))
                .queryParam("period", "2027-Q1").when().get("/organisations/{id}/report", ministry).then().statusCode(403);
        given().auth().oauth2(TestInfra.token(UUID.randomUUID().toString(), ministry, "secretariat"))
                .queryParam("period", "2027-Q1").when().get("/organisations/{id}/report", ministry).then().statusCode(200);
        given().queryParam("period", "2027-Q5").when().get("/organisations/{id}/report", ministry).then()
                .statusCode(400).body("errors[0].field", equalTo("period"));

        String page = report(ministry).get("/page").then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\"").contains("تقرير المتابعة: " + MINISTRY_AR)
                .contains("إعداد مذكرة تفاهم حول أمن المعلومات").contains("Follow-up report")
                .contains("1 كانون الثاني 2027").contains("أقدم المهام المتأخرة");

        byte[] pdf = report(ministry).get("/pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("2027-Q1.pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("تقرير المتابعة: " + MINISTRY_AR).contains("إعداد مذكرة تفاهم حول أمن المعلومات")
                    .contains("الخلاصة").contains("Follow-up report");
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 60);
            Files.createDirectories(LOOKED_AT);
            ImageIO.write(first, "png", LOOKED_AT.resolve("q1-page-1.png").toFile());
            // Arabic first, right to left: the title's ink starts at the right margin, not the left.
            int[] ink = inkColumns(first, 0, first.getHeight() / 12);
            assertThat(ink[1]).as("the title's rightmost ink").isGreaterThan(first.getWidth() * 8 / 10);
            assertThat(ink[0]).as("the title's leftmost ink").isGreaterThan(first.getWidth() / 5);
        }

        byte[] csv = report(ministry).get("/csv").then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).startsWith("\"القرار\",\"Decision\"");
        assertThat(rows).filteredOn(r -> r.contains("إعداد مذكرة تفاهم حول أمن المعلومات") && r.contains("\"Late\""))
                .hasSize(1);

        String svg = report(ministry).get("/chart").then().statusCode(200).contentType("image/svg+xml").extract().asString();
        var chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("data-state=\"LATE\"").contains("متأخرة").contains("Late");
    }

    /** The leftmost and rightmost columns with ink between two rows of the page. */
    static int[] inkColumns(BufferedImage image, int fromRow, int toRow) {
        int left = image.getWidth();
        int right = -1;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dark = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (dark < 600) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }

    static io.restassured.specification.RequestSpecification report(String organisation) {
        return given().basePath("/organisations/" + organisation + "/report").queryParam("period", "2027-Q1");
    }

    /** Publishes a decision of the ministry with the given text; its actions by the owner's country. */
    Map<String, String> decision(String ministry, String textAr) {
        ObjectNode event = adopted();
        ((ObjectNode) data(event).get("meeting")).put("recordedBy", ministry);
        data(event).put("textAr", textAr);
        publishDecision(event);
        Map<String, String> byCountry = new java.util.HashMap<>();
        for (Map<String, Object> a : awaitActions(decisionId(event), 2)) {
            @SuppressWarnings("unchecked") Map<String, Object> owner = (Map<String, Object>) a.get("owner");
            byCountry.put((String) owner.get("countryCode"), (String) a.get("id"));
        }
        return byCountry;
    }

    static void due(String action, String date) {
        given().contentType(ContentType.JSON).body(Map.of("dueDate", date)).when().patch("/actions/{id}", action)
                .then().statusCode(200);
    }

    static void status(String action, String status, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", reason))
                .when().post("/actions/{id}/status", action).then().statusCode(200);
    }
}
