package org.mutabaa.notifications.service.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.MailServer;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.Smtp;
import org.mutabaa.platform.time.TestClock;
import org.mutabaa.notifications.repository.OfficialRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.notifications.Fixtures.*;

/** Channels per kind of event, mute, and the daily digest at the official's local hour; urgency cuts through. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PreferencesAndDigestTest {

    @Inject
    OfficialRepository officials;

    @Inject
    TestClock clock;

    @Inject
    Digests digests;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDigestCollectsTheDaysEmailAndOverdueStillGoesAtOnce() {
        String director = newOfficial("رنا الحسن", "rana@nans.gov.sy", "ar", "Asia/Damascus");
        clock.set(Instant.parse("2027-03-30T10:00:00Z")); // 13:00 in Damascus
        given().contentType(ContentType.JSON).body(Map.of("digest", true, "digestHour", 8,
                        "channels", Map.of("ACTION_STATUS_CHANGED", List.of("IN_APP"))))
                .when().put("/preferences/{id}", director).then().statusCode(200)
                .body("digest", equalTo(true)).body("channels.ACTION_STATUS_CHANGED", equalTo(List.of("IN_APP")));

        ObjectNode created = ownedBy(action("action-created"), director);
        ObjectNode dueSoon = ownedBy(action("action-due-soon"), director);
        ObjectNode changed = ownedBy(action("action-status-changed"), director);
        ObjectNode overdue = ownedBy(action("action-overdue"), director);
        for (ObjectNode e : List.of(created, dueSoon, changed, overdue)) {
            publish(InfraResource.actionsTopic, e);
        }
        // The four travel on different partitions, in either order: all four are stored first.
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("recipientId", director)
                .when().get("/notifications").then().extract().path("total").equals(4));
        // Overdue is urgent: mailed at once, digest or not.
        await().atMost(Duration.ofSeconds(30)).until(() -> status(overdue).equals(List.of("SENT")));
        assertThat(status(created)).containsExactly("HELD");
        assertThat(status(dueSoon)).containsExactly("HELD");
        assertThat(status(changed)).isEmpty(); // in-app only, by choice
        given().queryParam("recipientId", director).when().get("/notifications").then()
                .body("total", equalTo(4));

        clock.set(Instant.parse("2027-03-31T04:59:00Z")); // 07:59 in Damascus
        assertThat(digests.sendDue()).isZero();
        clock.set(Instant.parse("2027-03-31T05:00:00Z")); // 08:00
        assertThat(digests.sendDue()).isEqualTo(1);
        assertThat(digests.sendDue()).isZero(); // once a day

        MailServer.Mail digest = await().atMost(Duration.ofSeconds(30)).until(() -> Smtp.received().stream()
                .filter(m -> m.to().equals("rana@nans.gov.sy") && m.subject().startsWith("ملخص المتابعة اليومي"))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(digest.subject()).isEqualTo("ملخص المتابعة اليومي ليوم الأربعاء 31 آذار 2027: 2 إشعارات");
        assertThat(digest.text()).startsWith("رنا الحسن،").contains(". مهمة متابعة جديدة مسندة إليك")
                .contains(". تذكير: يحين موعد مهمة متابعة في الأربعاء 31 آذار 2027")
                .contains("/actions/" + created.get("data").get("actionId").asText())
                .doesNotContain("متأخرة عن موعدها");
        assertThat(digest.html()).contains("lang=\"ar\" dir=\"rtl\"");
        assertThat(status(created)).containsExactly("DIGESTED");
        assertThat(Smtp.received().stream().filter(m -> m.to().equals("rana@nans.gov.sy"))).hasSize(2);
    }

    @Test
    void anOfficialWhoHasLeftGetsNoDigestAndNoMailResolvedAfterwards() {
        String leaving = newOfficial("سامر الحلبي", "samer@nans.gov.sy", "ar", "Asia/Damascus");
        clock.set(Instant.parse("2027-03-30T10:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("digest", true, "digestHour", 8))
                .when().put("/preferences/{id}", leaving).then().statusCode(200);
        ObjectNode created = ownedBy(action("action-created"), leaving);
        publish(InfraResource.actionsTopic, created);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(created).equals(List.of("HELD")));
        deactivated(leaving);
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> !officials.findById(UUID.fromString(leaving)).active));
        clock.set(Instant.parse("2027-03-31T05:00:00Z")); // 08:00 in Damascus: the digest's hour
        assertThat(digests.sendDue()).isZero();
        assertThat(status(created)).containsExactly("DEAD");

        // Mail to an official the directory had not told us of yet, who turns out to have left.
        clock.reset();
        String unknown = UUID.randomUUID().toString();
        ObjectNode overdue = ownedBy(action("action-overdue"), unknown);
        publish(InfraResource.actionsTopic, overdue);
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(overdue.get("id").asText()).stream()
                .anyMatch(d -> d.getString("channel").equals("EMAIL") && d.getInt("attempts") >= 1));
        officialWhoLeft(unknown, SY_NANS, "هالة الشامي", "hala@nans.gov.sy");
        JsonPath dead = await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(overdue.get("id").asText())
                        .stream().filter(d -> d.getString("channel").equals("EMAIL")).findFirst().orElseThrow(),
                d -> d.getString("status").equals("DEAD"));
        assertThat(dead.getString("lastError")).contains("no longer active");
        assertThat(Smtp.received().stream().map(MailServer.Mail::to))
                .doesNotContain("samer@nans.gov.sy", "hala@nans.gov.sy");
    }

    @Test
    void aMutedOfficialIsNotMailedExceptWhenEscalatedTo() {
        String minister = newOfficial("وزير مكتوم الإشعارات", "muted@moct.gov.sy", "ar", "Asia/Damascus");
        given().contentType(ContentType.JSON).body(Map.of("muted", true)).when().put("/preferences/{id}", minister)
                .then().statusCode(200).body("muted", equalTo(true));

        ObjectNode created = ownedBy(action("action-created"), minister);
        publish(InfraResource.actionsTopic, created);
        ObjectNode escalated = action("action-escalated");
        ((ObjectNode) data(escalated).get("escalatedTo")).put("officialId", minister);
        publish(InfraResource.actionsTopic, escalated);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(escalated).equals(List.of("SENT")));
        // Both are in the inbox (the two events travel on different partitions, in either order) ...
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("recipientId", minister)
                .when().get("/notifications").then().extract().path("total").equals(2));
        // ... and only the escalation was mailed.
        assertThat(status(created)).isEmpty();
    }

    @Test
    void anOfficialWhoPrefersArabicIndicDigitsReadsDatesInThem() {
        String director = newOfficial("مديرة تفضّل الأرقام الهندية", "digits@nans.gov.sy", "ar", "Asia/Damascus");
        given().contentType(ContentType.JSON).body(Map.of("digits", "ARABIC_INDIC"))
                .when().put("/preferences/{id}", director).then().statusCode(200).body("digits", equalTo("ARABIC_INDIC"));
        ObjectNode created = ownedBy(action("action-created"), director);
        publish(InfraResource.actionsTopic, created);

        JsonPath n = await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("recipientId", director)
                .when().get("/notifications").then().extract().jsonPath(), page -> page.getInt("total") == 1);
        assertThat(n.getString("items[0].body")).as(n.prettify())
                .contains("تاريخ الاستحقاق: الأربعاء ٣١ آذار ٢٠٢٧ الموافق ٢٣ شوال ١٤٤٨ هـ");
        given().when().get("/preferences/{id}", director).then().statusCode(200).body("digits", equalTo("ARABIC_INDIC"));
    }

    @Test
    void badPreferencesAreProblemsNamingTheField() {
        String someone = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("digest", true, "digestHour", 24))
                .when().put("/preferences/{id}", someone).then().statusCode(400)
                .body("errors[0].field", equalTo("digestHour"));
        given().contentType(ContentType.JSON).body(Map.of("channels", Map.of("ACTION_OVERDUE", List.of("SMS"))))
                .when().put("/preferences/{id}", someone).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("channels", Map.of("MEETING_HELD", List.of("EMAIL"))))
                .when().put("/preferences/{id}", someone).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("digits", "ROMAN"))
                .when().put("/preferences/{id}", someone).then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/preferences/{id}", someone).then().statusCode(200)
                .body("digest", equalTo(false)).body("muted", equalTo(false)).body("digits", equalTo("WESTERN"));
    }

    String newOfficial(String nameAr, String email, String language, String zone) {
        String id = UUID.randomUUID().toString();
        official(id, SY_NANS, "SY", nameAr, null, "مديرة أمن المعلومات", null, email, language, zone);
        awaitOfficial(officials, id);
        return id;
    }

    static ObjectNode ownedBy(ObjectNode event, String official) {
        ((ObjectNode) data(event).get("owner")).put("officialId", official);
        if (data(event).has("decisionOwners")) {
            data(event).putArray("decisionOwners");
        }
        return event;
    }

    static List<String> status(ObjectNode event) {
        return deliveries(event.get("id").asText()).stream().filter(d -> d.getString("channel").equals("EMAIL"))
                .map(d -> d.getString("status")).toList();
    }
}
