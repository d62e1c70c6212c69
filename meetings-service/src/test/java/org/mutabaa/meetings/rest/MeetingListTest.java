package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The meetings list: filters, newest first, stable pages. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class MeetingListTest {

    @Test
    void filtersByDateCountryOrganisationStatusAndParticipant() {
        SeedData seed = SeedData.record();
        Map<String, Object> later = SeedData.meetingBody(seed);
        later.put("startsAt", "2031-05-04T10:00:00+04:00");
        later.put("status", "SCHEDULED");
        later.put("delegations", List.of(Map.of("countryCode", "OM", "organisationId", seed.omMinistry,
                "participants", List.of(Map.of("officialId", seed.maawali, "role", "HEAD")))));
        String omani = SeedData.post("/meetings", later);

        given().queryParam("from", "2031-05-04").queryParam("to", "2031-05-04").when().get("/meetings")
                .then().statusCode(200).body("items.id", contains(omani));
        given().queryParam("from", "2031-05-04").queryParam("countryCode", "SY").when().get("/meetings")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("participantId", seed.khatib).when().get("/meetings")
                .then().statusCode(200).body("items.id", contains(seed.meeting));
        given().queryParam("organisationId", seed.omMinistry).queryParam("status", "SCHEDULED").when().get("/meetings")
                .then().statusCode(200).body("items.id", contains(omani));
        given().queryParam("from", "2026-11-27").queryParam("to", "2026-11-27").queryParam("participantId", seed.maawali)
                .when().get("/meetings")
                .then().statusCode(200).body("items.id", contains(seed.meeting));
    }

    @Test
    void pagesAreStableAndNewestFirst() {
        SeedData seed = SeedData.record();
        for (int i = 0; i < 3; i++) {
            SeedData.post("/meetings", SeedData.meetingBody(seed)); // same start time: ties broken by id
        }
        List<String> all = given().queryParam("participantId", seed.khatib).queryParam("size", 200)
                .when().get("/meetings").then().statusCode(200).extract().path("items.id");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < all.size(); page++) {
            paged.addAll(given().queryParam("participantId", seed.khatib).queryParam("size", 1).queryParam("page", page)
                    .when().get("/meetings").then().statusCode(200).extract().path("items.id"));
        }
        assertThat(all).hasSize(4).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void badFiltersNameTheirField() {
        given().queryParam("from", "2027-02-01").queryParam("to", "2027-01-01").when().get("/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("countryCode", "Syria").when().get("/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("countryCode"));
        given().queryParam("status", "POSTPONED").when().get("/meetings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("from", "27/11/2026").when().get("/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
