package org.mutabaa.meetings.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.Published;
import org.mutabaa.meetings.SeedData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Organisations and officials: record, complete later, deactivate; every change published. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DirectoryResourceTest {

    static final String DG_TITLE_AR = "مدير عام الهيئة الوطنية لخدمات الشبكة";

    @Test
    void anOfficialKnownOnlyByTitleGetsANameLaterAndEveryChangeIsPublished() throws Exception {
        String agency = SeedData.post("/organisations", Map.of("kind", "AGENCY", "countryCode", "SY",
                "nameAr", "الهيئة الوطنية لخدمات الشبكة", "nameEn", "National Agency for Network Services"));
        Map<String, Object> official = new HashMap<>(Map.of("organisationId", agency, "titleAr", DG_TITLE_AR,
                "titleEn", "Director General of the National Agency for Network Services", "preferredLanguage", "ar"));
        String id = SeedData.post("/officials", official);
        given().when().get("/officials/{id}", id).then().statusCode(200)
                .body("titleAr", equalTo(DG_TITLE_AR)).body("nameAr", nullValue()).body("active", equalTo(true))
                .body("signsIn", equalTo(true));

        official.put("nameAr", "مُحَمَّد الأَحْمَد 🇸🇾");
        // He has no account: he will work his actions through signed links.
        official.put("signsIn", false);
        official.put("email", "dg@example.sy");
        official.put("timeZone", "Asia/Damascus");
        given().contentType(ContentType.JSON).body(official).when().put("/officials/{id}", id)
                .then().statusCode(200).body("nameAr", equalTo("مُحَمَّد الأَحْمَد 🇸🇾"));

        List<JsonNode> events = awaitEvents(id, 2);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("org.mutabaa.official.upserted.v1", "org.mutabaa.official.upserted.v1");
        assertThat(events.get(0).get("data").has("nameAr")).isFalse();
        assertThat(events.get(1).get("data").get("nameAr").asText()).isEqualTo("مُحَمَّد الأَحْمَد 🇸🇾");
        assertThat(events.get(1).get("data").get("organisation").get("countryCode").asText()).isEqualTo("SY");
        assertThat(events.get(1).get("data").get("timeZone").asText()).isEqualTo("Asia/Damascus");
        assertThat(events.get(0).get("data").get("signsIn").asBoolean()).isTrue();
        assertThat(events.get(1).get("data").get("signsIn").asBoolean()).isFalse();
        given().when().get("/officials/{id}", id).then().body("signsIn", equalTo(false));
        for (JsonNode event : events) {
            assertThat(Contracts.violations("meetings-service", "official-upserted.v1", event.toString())).isEmpty();
        }
    }

    @Test
    void aDeactivatedOfficialIsPublishedAndCanNoLongerOwnADecision() throws Exception {
        SeedData seed = SeedData.record();
        given().when().post("/officials/{id}/deactivate", seed.nansDirectorGeneral)
                .then().statusCode(200).body("active", equalTo(false));
        given().when().post("/officials/{id}/deactivate", seed.nansDirectorGeneral)
                .then().statusCode(409).contentType("application/problem+json");

        JsonNode deactivated = awaitEvents(seed.nansDirectorGeneral, 2).get(1);
        assertThat(deactivated.get("type").asText()).isEqualTo("org.mutabaa.official.deactivated.v1");
        assertThat(Contracts.violations("meetings-service", "official-deactivated.v1", deactivated.toString())).isEmpty();

        given().contentType(ContentType.JSON).body(seed.decisionTwo())
                .when().post("/meetings/{id}/decisions", seed.meeting)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("ownerIds[1]"))
                .body("errors[0].message", equalTo("this official is no longer active"));

        given().queryParam("active", false).when().get("/officials")
                .then().statusCode(200).body("items.id", hasItem(seed.nansDirectorGeneral));
        given().queryParam("active", true).when().get("/officials")
                .then().statusCode(200).body("items.id", not(hasItem(seed.nansDirectorGeneral)));
    }

    @Test
    void renamingAnOrganisationRepublishesItsOfficials() {
        SeedData seed = SeedData.record();
        given().contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY", "countryCode", "SY",
                        "nameAr", "وزارة الاتصالات والتقانة", "nameEn", "Ministry of Communications and Technology (Syria)"))
                .when().put("/organisations/{id}", seed.syMinistry)
                .then().statusCode(200).body("nameEn", equalTo("Ministry of Communications and Technology (Syria)"));

        for (String official : List.of(seed.khatib, seed.nansDirectorGeneral)) {
            JsonNode latest = awaitEvents(official, 2).get(1);
            assertThat(latest.get("data").get("organisation").get("nameEn").asText())
                    .isEqualTo("Ministry of Communications and Technology (Syria)");
        }
        assertThat(awaitEvents(seed.maawali, 1)).hasSize(1);
    }

    @Test
    void officialsAndOrganisationsFilterByCountry() {
        SeedData seed = SeedData.record();
        given().queryParam("countryCode", "OM").queryParam("size", 200).when().get("/officials")
                .then().statusCode(200)
                .body("items.id", hasItem(seed.maawali))
                .body("items.id", not(hasItem(seed.khatib)));
        given().queryParam("countryCode", "OM").queryParam("kind", "MINISTRY").queryParam("size", 200)
                .when().get("/organisations")
                .then().statusCode(200).body("items.countryCode", everyItem(equalTo("OM")))
                .body("items.id", hasItem(seed.omMinistry));
    }

    @Test
    void anUnknownCountryOrMissingNameChangesNothing() {
        String ministry = SeedData.post("/organisations", Map.of("kind", "MINISTRY", "countryCode", "OM",
                "nameEn", "Ministry of Transport, Communications and Information Technology"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "MINISTRY", "countryCode", "XX", "nameEn", "Nowhere"))
                .when().put("/organisations/{id}", ministry)
                .then().statusCode(400).body("errors[0].field", equalTo("countryCode"));
        given().contentType(ContentType.JSON).body(Map.of("organisationId", ministry, "preferredLanguage", "ar"))
                .when().post("/officials")
                .then().statusCode(400).body("errors[0].field", equalTo("nameAr"));
        given().contentType(ContentType.JSON).body(Map.of("organisationId", ministry, "preferredLanguage", "en",
                        "titleEn", "Undersecretary", "timeZone", "Oman/Muscat"))
                .when().post("/officials")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        given().queryParam("organisationId", ministry).when().get("/officials").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/organisations/{id}", ministry).then().statusCode(200).body("countryCode", equalTo("OM"));
    }

    private static List<JsonNode> awaitEvents(String official, int count) {
        return Published.await(InfraResource.officialsTopic, official, count);
    }
}
