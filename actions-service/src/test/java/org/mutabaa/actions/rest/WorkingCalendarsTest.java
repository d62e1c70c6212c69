package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mutabaa.actions.Fixtures.*;

/**
 * Working calendars: Syria's and Oman's weekends and holidays as seeded, a holiday announced and
 * one moved by a Syrian secretariat, and a decision due ten working days after its meeting landing
 * on each owner's country's day across Eid al-Fitr.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class WorkingCalendarsTest {

    @Inject
    OfficialRepository officials;

    @Test
    void syriaAndOmanRestOnFridayAndSaturdayAndKeepTheirHolidays() {
        JsonPath syria = calendar("SY", 2027);
        assertThat(syria.getBoolean("known")).isTrue();
        assertThat(syria.getList("weekend", String.class)).containsExactly("FRIDAY", "SATURDAY");
        // 1 Shawwal 1448 is Tuesday 9 March 2027 on the Umm al-Qura calendar: three days of Eid al-Fitr.
        assertThat(holidays(syria, "عيد الفطر")).containsExactly("2027-03-09", "2027-03-10", "2027-03-11");
        assertThat(holidays(syria, "عيد الأم")).containsExactly("2027-03-21");
        assertThat(holidays(syria, "عيد الأضحى")).containsExactly("2027-05-16", "2027-05-17", "2027-05-18",
                "2027-05-19");
        JsonPath oman = calendar("OM", 2027);
        assertThat(holidays(oman, "العيد الوطني")).containsExactly("2027-11-20", "2027-11-21");
        assertThat(holidays(oman, "عيد الأم")).isEmpty();
        // Jordan and Kuwait, seeded beside them.
        JsonPath jordan = calendar("JO", 2027);
        assertThat(jordan.getList("weekend", String.class)).containsExactly("FRIDAY", "SATURDAY");
        assertThat(holidays(jordan, "عيد الاستقلال")).containsExactly("2027-05-25");
        // Arafat Day (9 Dhu al-Hijjah 1448) is Saturday 15 May 2027, then three days of Eid al-Adha.
        assertThat(holidays(jordan, "يوم عرفة وعيد الأضحى")).containsExactly("2027-05-15", "2027-05-16", "2027-05-17",
                "2027-05-18");
        JsonPath kuwait = calendar("KW", 2027);
        assertThat(holidays(kuwait, "العيد الوطني")).containsExactly("2027-02-25");
        assertThat(holidays(kuwait, "عيد التحرير")).containsExactly("2027-02-26");
        // A country without a calendar (Germany here) works Monday to Friday.
        given().when().get("/calendars/DE").then().statusCode(200).body("known", equalTo(false))
                .body("weekend", equalTo(List.of("SATURDAY", "SUNDAY")));
        given().when().get("/calendars/syria").then().statusCode(400).body("errors[0].field", equalTo("countryCode"));
        given().queryParam("year", 1700).when().get("/calendars/SY").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void tenWorkingDaysAfterTheMeetingLandOnEachOwnersDayAndAHolidayMovesIt() {
        // Thursday 4 March 2027 in Damascus. Syria: Eid al-Fitr 9–11 March and Mother's Day (Sunday 21
        // March) → Wednesday 24 March. Oman: Eid only → Tuesday 23 March.
        ObjectNode event = adopted();
        ObjectNode data = data(event);
        data.remove("dueDate");
        data.put("dueInWorkingDays", 10);
        ((ObjectNode) data.get("meeting")).put("startsAt", "2027-03-04T11:00:00+03:00").put("id", UUID.randomUUID().toString());
        publishDecision(event);
        awaitActions(decisionId(event), 2);
        JsonPath syrian = action(actionOf(decisionId(event), SY_DIRECTOR_GENERAL));
        JsonPath omani = action(actionOf(decisionId(event), OM_UNDERSECRETARY));
        assertThat(syrian.getString("dueDate")).isEqualTo("2027-03-24");
        assertThat(syrian.getBoolean("dueOnWorkingDay")).isTrue();
        assertThat(omani.getString("dueDate")).isEqualTo("2027-03-23");

        // A due date on a holiday says so, in both languages.
        String onEid = actionOf(decisionId(event), SY_DIRECTOR_GENERAL);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-05-17"))
                .when().patch("/actions/{id}", onEid).then().statusCode(200)
                .body("dueOnWorkingDay", equalTo(false)).body("dueDayHolidayAr", equalTo("عيد الأضحى"))
                .body("dueDayHolidayEn", equalTo("Eid al-Adha"));
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-05-21"))
                .when().patch("/actions/{id}", onEid).then().statusCode(200)
                .body("dueOnWorkingDay", equalTo(false)).body("dueDayHolidayAr", equalTo(null));
    }

    @Test
    void aSyrianSecretariatAnnouncesAndMovesAHolidayAndNobodyElseMay() {
        String ministry = UUID.randomUUID().toString();
        String official = UUID.randomUUID().toString();
        publishOfficial(official, ministry, "SY", "وزارة الاتصالات والتقانة", "فادية سليمان", null,
                "مديرة التعاون الدولي", "ar", "Asia/Damascus", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> officials.findByIdOptional(UUID.fromString(official)).isPresent()));
        String syrian = TestInfra.token(official, ministry, "secretariat");
        String omani = TestInfra.token(UUID.randomUUID().toString(), OM_MTCIT, "secretariat");

        announce(omani, "SY", "2031-08-05").statusCode(403);
        announce(TestInfra.token(official, ministry, "official"), "SY", "2031-08-05").statusCode(403);
        announce(syrian, "SY", "2031-08-08").statusCode(400).body("errors[0].field", equalTo("date")); // a Friday
        announce(syrian, "SY", "2031-02-30").statusCode(400).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(syrian).contentType(ContentType.JSON).body(Map.of("nameAr", ""))
                .when().put("/calendars/SY/holidays/2031-08-05").then().statusCode(400)
                .body("errors[0].field", equalTo("nameAr"));

        announce(syrian, "SY", "2031-08-05").statusCode(200)
                .body("holidays.find { it.date == '2031-08-05' }.nameAr", equalTo("عطلة رسمية معلنة"))
                .body("holidays.find { it.date == '2031-08-05' }.announced", equalTo(true));
        // Labour Day moved: withdrawn from Thursday 1 May 2031, announced on Sunday 4 May.
        given().auth().oauth2(syrian).when().delete("/calendars/SY/holidays/2031-05-01").then().statusCode(200)
                .body("holidays.date", not(hasItem("2031-05-01")));
        announce(syrian, "SY", "2031-05-04").statusCode(200).body("holidays.date", hasItem("2031-05-04"));
        given().auth().oauth2(syrian).when().delete("/calendars/SY/holidays/2031-08-05").then().statusCode(200)
                .body("holidays.date", not(hasItem("2031-08-05")));
        given().auth().oauth2(syrian).when().delete("/calendars/SY/holidays/2031-08-06").then().statusCode(404);
        assertThat(calendar("OM", 2031).getList("holidays.date", String.class)).doesNotContain("2031-05-04");
    }

    static io.restassured.response.ValidatableResponse announce(String token, String country, String date) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nameAr", "عطلة رسمية معلنة", "nameEn", "Announced public holiday"))
                .when().put("/calendars/{country}/holidays/{date}", country, date).then();
    }

    static JsonPath calendar(String country, int year) {
        return given().queryParam("year", year).when().get("/calendars/{country}", country).then().statusCode(200)
                .extract().jsonPath();
    }

    static List<String> holidays(JsonPath calendar, String nameAr) {
        return calendar.getList("holidays.findAll { it.nameAr == '" + nameAr + "' }.date", String.class);
    }
}
