package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Arabic search with the report's own sentences, typed the way people type them: without
 * diacritics, without tatweel, with other hamza, alef, taa marbuta and alef maqsura forms.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class SearchResourceTest {

    /** Agenda item 7 of the report, with its tatweel (ناقـل البيانـات الحكومـي) as printed. */
    static final String BUS = "المشاريع الأخرى التي تعتبر بنية تحتية في مجال الخدمات الإلكترونية كالتوقيع الرقمي "
            + "وناقـل البيانـات الحكومـي";
    /** Agenda item 3, with shadda and taa marbuta. */
    static final String PORTAL = "المشاريع الحيوية والإستراتيجية لبناء بوّابة حكومة رقميّة تفاعليّة";
    static final String TRANSIT = "طرح موضوع بأن تكون عُمان نقطة لعبور حركة الاتصالات الصادرة من سورية لتلقي هذه "
            + "الحركة وتوزيعها إلى دول الخليج وخارج المنطقة العربية أيضاً.";

    static SeedData seed;
    static String busDecision;
    static String portalDecision;
    static String transitDecision;

    @BeforeEach
    void recordOnce() {
        if (seed != null) {
            return;
        }
        seed = SeedData.record();
        busDecision = decision(BUS, "Infrastructure for e-services: digital signature and the government data bus");
        portalDecision = decision(PORTAL, "A unified, interactive digital government portal");
        transitDecision = decision(TRANSIT, "Oman as a transit point for Syria's outbound telecommunications traffic 📡");
    }

    @Test
    void tatweelInTheTextDoesNotHideIt() {
        assertThat(ids("ناقل البيانات الحكومي")).contains(busDecision);
    }

    @Test
    void shaddaAndTaaMarbutaAreFolded() {
        assertThat(ids("بوابه حكومه رقميه")).contains(portalDecision);
        assertThat(ids("بوّابةُ")).contains(portalDecision);
    }

    @Test
    void hamzaAndAlefFormsMeet() {
        // The seed meeting's agenda: "تطوير إستراتيجية أمن المعلومات السيبراني"
        List<JsonPath> hits = hits("استراتيجيه امن المعلومات");
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.getString("kind")).isEqualTo("MEETING");
            assertThat(h.getString("id")).isEqualTo(seed.meeting);
        });
        assertThat(ids("عمان نقطه لعبور")).contains(transitDecision);
        assertThat(ids("عُمانَ")).contains(transitDecision);
    }

    @Test
    void alefMaqsuraAndYaaMeet() {
        assertThat(ids("الاخري")).contains(busDecision);
        assertThat(ids("الى دول الخليج")).contains(transitDecision);
    }

    @Test
    void theLastWordMatchesAsAPrefixAndEnglishIsFoundToo() {
        assertThat(ids("الخليج وخارج المنط")).contains(transitDecision);
        assertThat(ids("TRANSIT point")).contains(transitDecision);
    }

    @Test
    void moreMatchingWordsRankHigher() {
        List<JsonPath> hits = hits("المشاريع");
        assertThat(hits).extracting(h -> h.getString("id")).contains(busDecision, portalDecision);
        List<Float> ranks = hits.stream().map(h -> h.getFloat("rank")).toList();
        assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void storedTextComesBackByteForByte() {
        given().when().get("/decisions/{id}", transitDecision)
                .then().statusCode(200).body("textAr", equalTo(TRANSIT))
                .body("textEn", equalTo("Oman as a transit point for Syria's outbound telecommunications traffic 📡"));
        given().when().get("/decisions/{id}", busDecision).then().body("textAr", equalTo(BUS));
    }

    @Test
    void aQueryWithoutWordsIsRefused() {
        given().queryParam("q", "").when().get("/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().queryParam("q", "!!! & | :*").when().get("/search")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void queryOperatorsAreNotInterpreted() {
        // "|" and "!" would mean OR and NOT to PostgreSQL; here they are not words, so both words must match.
        assertThat(ids("عمان | !سورية")).containsExactlyElementsOf(ids("عمان سورية")).contains(transitDecision);
        assertThat(ids("عمان | المعلومات")).doesNotContain(transitDecision);
    }

    @Test
    void aWordFoundWithoutItsPrefixOrArticle() {
        // The text says "وتوزيعها" and "الاتصالات"; people also type "توزيعها" and "والاتصالات".
        assertThat(ids("توزيعها")).contains(transitDecision);
        assertThat(ids("والاتصالات الصادره")).contains(transitDecision);
    }

    private static String decision(String textAr, String textEn) {
        return SeedData.post("/meetings/" + seed.meeting + "/decisions", Map.of("type", "RECOMMENDATION",
                "textAr", textAr, "textEn", textEn, "ownerIds", List.of(seed.khatib)));
    }

    private static List<String> ids(String q) {
        return hits(q).stream().map(h -> h.getString("id")).toList();
    }

    private static List<JsonPath> hits(String q) {
        JsonPath page = given().queryParam("q", q).queryParam("size", 100).when().get("/search")
                .then().statusCode(200).extract().jsonPath();
        int n = page.getList("").size();
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new JsonPath(page.prettify()).setRootPath("[" + i + "]")).toList();
    }
}
