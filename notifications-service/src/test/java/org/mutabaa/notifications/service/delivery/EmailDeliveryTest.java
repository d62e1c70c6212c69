package org.mutabaa.notifications.service.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.MailServer;
import org.mutabaa.notifications.CuttingSmtpServer;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.Smtp;
import org.mutabaa.notifications.repository.OfficialRepository;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.notifications.Fixtures.*;

/** Email over a real SMTP server: the right people, in their language, once each, through an outage. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class EmailDeliveryTest {

    /**
     * How long a test waits for mail: past the mailer's 30 s timeout, because an attempt may hold a
     * connection to a server a previous test stopped until that timeout, and is then sent again.
     */
    static final Duration MAIL = Duration.ofSeconds(90);


    static final String TEXT_AR = "الجانب السوري طلب من الجانب العماني التعاون بهدف نقل الخبرة المتقدمة";

    @Inject
    OfficialRepository officials;

    @BeforeEach
    void officials() {
        seedOfficials(officials);
    }

    @Test
    void theSeedDecisionIsMailedInArabicToTheSyriansAndInEnglishToTheUndersecretary() {
        ObjectNode event = decisionAdopted();
        String decision = data(event).get("decisionId").asText();
        publish(InfraResource.decisionsTopic, event);

        List<MailServer.Mail> mails = await().atMost(MAIL).until(() -> Smtp.about(decision),
                m -> m.size() == 4);
        Map<String, MailServer.Mail> byAddress = mails.stream()
                .collect(Collectors.toMap(MailServer.Mail::to, m -> m));
        assertThat(byAddress).containsOnlyKeys("dg@nans.gov.sy", "undersecretary@mtcit.gov.om",
                "minister@moct.gov.sy", "minister@mtcit.gov.om");

        MailServer.Mail dg = byAddress.get("dg@nans.gov.sy");
        assertThat(dg.contentType()).startsWith("multipart/");
        assertThat(dg.subject()).startsWith("قرار معتمد بانتظار متابعتك");
        assertThat(dg.text()).startsWith("مدير عام الهيئة الوطنية لخدمات الشبكة،").contains(TEXT_AR)
                .contains("موعد الاجتماع: الجمعة 27 تشرين الثاني 2026 الموافق 17 جمادى الآخرة 1448 هـ، الساعة 11:00 (Asia/Damascus)");
        assertThat(dg.html()).contains("<html lang=\"ar\" dir=\"rtl\">").contains(TEXT_AR);

        MailServer.Mail undersecretary = byAddress.get("undersecretary@mtcit.gov.om");
        assertThat(undersecretary.subject()).startsWith("Decision adopted, awaiting your follow-up");
        assertThat(undersecretary.text()).startsWith("Dear Undersecretary of the Ministry")
                .contains("transfer its advanced information-security expertise")
                .contains("Meeting: Friday 27 November 2026 (17 Jumada II 1448 AH), 12:00 (Asia/Muscat)");
        assertThat(undersecretary.html()).contains("<html lang=\"en\" dir=\"ltr\">");

        MailServer.Mail khatib = byAddress.get("minister@moct.gov.sy");
        assertThat(khatib.text()).startsWith("إياد الخطيب،").contains("بصفتك رئيس الوفد");
        // The Omani minister reads Arabic too, with the month names of Oman.
        assertThat(byAddress.get("minister@mtcit.gov.om").text())
                .contains("موعد الاجتماع: الجمعة 27 نوفمبر 2026 الموافق 17 جمادى الآخرة 1448 هـ، الساعة 12:00 (Asia/Muscat)");

        // Redelivered: nothing is sent twice.
        publish(InfraResource.decisionsTopic, event);
        ObjectNode after = decisionAdopted();
        publish(InfraResource.decisionsTopic, after);
        await().atMost(MAIL)
                .until(() -> Smtp.about(data(after).get("decisionId").asText()).size() == 4);
        assertThat(Smtp.about(decision)).hasSize(4);
        assertThat(deliveries(event.get("id").asText())).hasSize(4)
                .allSatisfy(d -> assertThat(d.getString("status")).isEqualTo("SENT"));
        // Prometheus counts them by channel and outcome.
        String metrics = given().auth().none().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertThat(java.util.regex.Pattern.compile(
                "^mutabaa_deliveries_total\\{channel=\"EMAIL\",outcome=\"sent\"} ([0-9.]+)( .*)?$",
                java.util.regex.Pattern.MULTILINE).matcher(metrics).results()
                .mapToDouble(r -> Double.parseDouble(r.group(1))).sum()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void templateAndMarkupInADecisionAreMailedAsTheTextTheyAre() {
        String hostile = "{recipient.email} {#include notifications/email.html /} ${7*7} "
                + "<img src=x onerror=alert(1)> '; DROP TABLE notification; --";
        ObjectNode event = decisionAdopted();
        String decision = data(event).get("decisionId").asText();
        data(event).put("textAr", TEXT_AR + " " + hostile);
        publish(InfraResource.decisionsTopic, event);

        MailServer.Mail dg = await().atMost(MAIL).until(() -> Smtp.about(decision),
                m -> m.size() == 4).stream().filter(m -> m.to().equals("dg@nans.gov.sy")).findFirst().orElseThrow();
        assertThat(dg.text()).contains(TEXT_AR + " " + hostile);
        assertThat(dg.html()).contains("{recipient.email} {#include notifications/email.html /} ${7*7}")
                .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(deliveries(event.get("id").asText())).hasSize(4)
                .allSatisfy(d -> assertThat(d.getString("status")).isEqualTo("SENT"));
    }

    @Test
    void anSmtpOutageDelaysDeliveryAndLosesNothing() {
        Smtp.stop();
        ObjectNode event = decisionAdopted();
        String decision = data(event).get("decisionId").asText();
        try {
            publish(InfraResource.decisionsTopic, event);
            List<JsonPath> failed = await().atMost(Duration.ofSeconds(30)).until(
                    () -> deliveries(event.get("id").asText()),
                    ds -> ds.size() == 4 && ds.stream().allMatch(d -> d.getString("status").equals("FAILED")));
            assertThat(failed).allSatisfy(d -> {
                assertThat(d.getInt("attempts")).isGreaterThanOrEqualTo(1);
                assertThat(d.getString("lastError")).isNotBlank();
                assertThat(d.getString("nextAttemptAt")).isNotNull();
            });
            assertThat(Smtp.about(decision)).isEmpty();
        } finally {
            Smtp.start();
        }
        await().atMost(MAIL).until(() -> deliveries(event.get("id").asText()).stream()
                .allMatch(d -> d.getString("status").equals("SENT")));
        assertThat(Smtp.about(decision)).extracting(MailServer.Mail::to).containsExactlyInAnyOrder("dg@nans.gov.sy",
                "undersecretary@mtcit.gov.om", "minister@moct.gov.sy", "minister@mtcit.gov.om");
        // Each mail carries its delivery's id, the same on every attempt, so a copy sent again is known for it.
        Map<String, String> messageIds = deliveries(event.get("id").asText()).stream().collect(
                Collectors.toMap(d -> d.getString("target"), EmailDeliveryTest::messageId));
        assertThat(Smtp.about(decision)).allSatisfy(m -> assertThat(m.messageId()).isEqualTo(messageIds.get(m.to())));
    }

    @Test
    void aMessageTakenAsTheConnectionDropsIsSentAgainUnderTheSameMessageId() throws Exception {
        Smtp.stop();
        ObjectNode event = decisionAdopted();
        try (CuttingSmtpServer server = new CuttingSmtpServer(Smtp.port(), "minister@moct.gov.sy")) {
            publish(InfraResource.decisionsTopic, event);
            // After a dropped connection the mail client may wait on one send until the mailer's timeout (30 s).
            List<JsonPath> sent = await().atMost(Duration.ofSeconds(90)).until(
                    () -> deliveries(event.get("id").asText()),
                    ds -> ds.size() == 4 && ds.stream().allMatch(d -> d.getString("status").equals("SENT")));
            Map<String, JsonPath> byMessageId = sent.stream().collect(
                    Collectors.toMap(EmailDeliveryTest::messageId, d -> d));
            List<CuttingSmtpServer.Taken> taken = server.taken().stream()
                    .filter(t -> byMessageId.containsKey(t.messageId())).toList();
            // Al-Khatib's message was taken again after the cut, every copy under his delivery's Message-ID;
            // the others once each.
            List<CuttingSmtpServer.Taken> khatib = taken.stream().filter(t -> t.to().contains("minister@moct.gov.sy"))
                    .toList();
            assertThat(taken).hasSize(3 + khatib.size());
            assertThat(khatib).hasSizeGreaterThanOrEqualTo(2);
            assertThat(khatib.get(0).cut()).isTrue();
            assertThat(khatib.get(khatib.size() - 1).cut()).isFalse();
            assertThat(khatib).extracting(CuttingSmtpServer.Taken::messageId).containsOnly(khatib.get(0).messageId());
            JsonPath delivery = byMessageId.get(khatib.get(0).messageId());
            assertThat(delivery.getString("target")).isEqualTo("minister@moct.gov.sy");
            assertThat(delivery.getInt("attempts")).isGreaterThanOrEqualTo(2);
        } finally {
            Smtp.start();
        }
    }

    @Test
    void aMailWaitingForAnOfficialsAddressEndsAtOnceWhenTheDirectoryHasNone() {
        String newcomer = UUID.randomUUID().toString();
        ObjectNode event = decisionAdopted();
        ArrayNode owners = (ArrayNode) data(event).get("owners");
        ObjectNode owner = ((ObjectNode) owners.get(0)).put("officialId", newcomer);
        owner.remove("email");
        owners.removeAll().add(owner);
        publish(InfraResource.decisionsTopic, event);
        // Not in the directory: the mail waits for the address, tried again until its last attempt.
        JsonPath waited = await().atMost(Duration.ofSeconds(90)).until(() -> toNewcomer(event, newcomer),
                d -> d != null && d.getString("status").equals("DEAD"));
        assertThat(waited.getString("lastError")).contains("no email address known yet");
        assertThat(waited.getInt("attempts")).isEqualTo(4);
        // The directory's record arrives, without an address; the secretariat puts the mail back in line:
        // no attempt can succeed now, so the first one ends it, with the reason.
        official(newcomer, SY_NANS, "SY", "رنا الحسن", "Rana al-Hassan", null, null, null, "ar", "Asia/Damascus");
        awaitOfficial(officials, newcomer);
        given().when().post("/deliveries/{id}/retry", waited.getString("id"))
                .then().statusCode(200);
        JsonPath dead = await().atMost(Duration.ofSeconds(90)).until(() -> toNewcomer(event, newcomer),
                d -> d.getString("status").equals("DEAD"));
        assertThat(dead.getString("lastError")).isEqualTo("official " + newcomer + " has no email address in the directory");
        assertThat(dead.getInt("attempts")).isEqualTo(1);
        assertThat(dead.getString("target")).isEqualTo("official:" + newcomer);
    }

    /** The Message-ID a delivery's mail carries (the tests' From address is at localhost). */
    private static String messageId(JsonPath delivery) {
        return "<" + delivery.getString("id") + "@localhost>";
    }

    private static JsonPath toNewcomer(ObjectNode event, String newcomer) {
        return deliveries(event.get("id").asText()).stream()
                .filter(d -> d.getString("recipientId").equals(newcomer)).findFirst().orElse(null);
    }

    @Test
    void theMessageIdIsMadeFromTheDomainOfTheFromAddress() {
        assertThat(EmailSender.domainOf("Mutabaa <mutabaa@mofa.gov.sy>")).isEqualTo("mofa.gov.sy");
        assertThat(EmailSender.domainOf("follow-up@example.om")).isEqualTo("example.om");
        assertThat(EmailSender.domainOf("Mutabaa")).isEqualTo("localhost");
    }

    /**
     * The Arab Fund, outside the directory's countries, owns an action; its two focal points are
     * addresses of its offices, one reading Arabic and one English. Each is mailed once, in its
     * language, however often the event arrives; nobody has it in an inbox.
     */
    @Test
    void focalPointsOutsideTheDirectoryAreMailedAtTheirAddressesInTheirLanguageOnce() {
        String fund = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        ObjectNode event = fundAction(fund, action);
        assertThat(org.mutabaa.infra.testkit.Contracts.violations("actions-service", "action-created.v1",
                event.toString())).isEmpty();
        publish(InfraResource.actionsTopic, event);
        publish(InfraResource.actionsTopic, event);

        List<MailServer.Mail> mails = await().atMost(MAIL).until(() -> Smtp.about(action), m -> m.size() >= 2);
        Map<String, MailServer.Mail> byAddress = mails.stream().collect(Collectors.toMap(MailServer.Mail::to, m -> m));
        assertThat(byAddress).containsOnlyKeys("followup@arabfund.org", "projects@arabfund.org");
        MailServer.Mail arabic = byAddress.get("followup@arabfund.org");
        assertThat(arabic.subject()).isEqualTo("مهمة متابعة جديدة مسندة إلى الصندوق العربي للإنماء الاقتصادي والاجتماعي");
        assertThat(arabic.text()).startsWith("إدارة المتابعة،")
                .contains("وتصلك بصفتك جهة الاتصال لمتابعتها").contains(" الموافق ").contains(" هـ");
        assertThat(arabic.html()).contains("<html lang=\"ar\" dir=\"rtl\">");
        // Its link opens the action's page without an account, and says until when.
        assertThat(arabic.text()).contains("الرابط: http://localhost:8080/link.html#" + SIGNED_LINK)
                .contains("يفتح هذا الرابط هذه المهمة وحدها دون حساب، حتى ")
                .contains("الأحد 14 فبراير 2027 الموافق 7 رمضان 1448 هـ").doesNotContain("/actions/" + action);
        assertThat(arabic.html()).contains("href=\"http://localhost:8080/link.html#" + SIGNED_LINK + "\"");
        MailServer.Mail english = byAddress.get("projects@arabfund.org");
        assertThat(english.text()).startsWith("Dear Projects Office,").contains("AH)")
                .contains("Link: http://localhost:8080/actions/" + action).doesNotContain("link.html")
                .doesNotContain("without an account");

        // A later event on the same key is mailed only after the repeated one was read: still two about the action.
        String later = UUID.randomUUID().toString();
        publish(InfraResource.actionsTopic, fundAction(fund, later));
        await().atMost(MAIL).until(() -> Smtp.about(later), m -> m.size() == 2);
        assertThat(Smtp.about(action)).hasSize(2);
        String recipient = org.mutabaa.notifications.domain.Recipient.addressId("followup@arabfund.org").toString();
        given().queryParam("recipientId", recipient).when().get("/notifications").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    /**
     * The action's owner does not sign in (the directory says so to actions-service): his mail carries
     * the signed link to the action in place of the console's address.
     */
    @Test
    void anOwnerWhoDoesNotSignInIsMailedTheActionsLink() {
        ObjectNode event = action("action-created");
        String action = data(event).get("actionId").asText();
        ((ObjectNode) data(event).get("owner")).put("link", SIGNED_LINK).put("linkExpiresAt", "2027-02-14T09:30:00Z");
        assertThat(org.mutabaa.infra.testkit.Contracts.violations("actions-service", "action-created.v1",
                event.toString())).isEmpty();
        publish(InfraResource.actionsTopic, event);
        MailServer.Mail mail = await().atMost(MAIL).until(() -> Smtp.about(action), m -> !m.isEmpty()).get(0);
        assertThat(mail.to()).isEqualTo("dg@nans.gov.sy");
        assertThat(mail.text()).contains("الرابط: http://localhost:8080/link.html#" + SIGNED_LINK)
                .contains("يفتح هذا الرابط هذه المهمة وحدها دون حساب، حتى ");
    }

    /** The token actions-service gives the fund's Arabic office (a signed link to the action's page). */
    static final String SIGNED_LINK = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd.SiGnAtUrE_0123456789-abcdefghijklmnopqrstuv";

    /**
     * The ActionCreated example for an action the fund owns, told to its two addresses; actions-service
     * gave the Arabic one a signed link to the action.
     */
    static ObjectNode fundAction(String fund, String action) {
        ObjectNode event = read("actions-service/action-created.v1.example.json");
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = data(event);
        data.put("actionId", action);
        data.putObject("owner").put("organisationId", fund).put("countryCode", "KW")
                .put("organisationNameAr", "الصندوق العربي للإنماء الاقتصادي والاجتماعي")
                .put("organisationNameEn", "Arab Fund for Economic and Social Development");
        ArrayNode focal = data.putArray("focalPoints");
        focal.addObject().put("organisationId", fund).put("email", "followup@arabfund.org").put("nameAr", "إدارة المتابعة")
                .put("preferredLanguage", "ar").put("link", SIGNED_LINK).put("linkExpiresAt", "2027-02-14T09:30:00Z");
        focal.addObject().put("organisationId", fund).put("email", "projects@arabfund.org").put("nameEn", "Projects Office")
                .put("preferredLanguage", "en");
        return event;
    }
}
