package org.mutabaa.e2e.console;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutabaa.e2e.SuiteExtension;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.testkit.TestInfra;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.mutabaa.e2e.SuiteExtension.actions;
import static org.mutabaa.e2e.SuiteExtension.meetings;
import static org.mutabaa.e2e.SuiteExtension.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The web console in a real headless Chromium over the packaged suite: a secretariat records and
 * adopts a decision, its owner, signed in beside it, sees the action and the notifications arrive
 * without reloading and marks the action done; every main page in Arabic and English, at desktop
 * and phone width, with screenshots in {@code e2e-tests/target/console-screenshots}.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    static SeedLoader.Loaded seed;
    static String console;
    static String syMinistry;

    @BeforeAll
    static void start() {
        Browser.ensureInstalled();
        console = SuiteExtension.console().baseUri().toString();
        seed = new SeedLoader(SuiteExtension.suite().meetings().baseUri(), TestInfra.adminToken()).load();
        syMinistry = meetings().get("/meetings/{id}", seed.meetingId()).then().statusCode(200).extract()
                .jsonPath().getString("recordedBy");
    }

    @Test
    @Order(0)
    void theConsoleTheServicesAndTheirInfrastructureCanBeReachedFromThisMachineOnly() throws Exception {
        InetAddress outward = outwardAddress();
        Assumptions.assumeTrue(outward != null, "this machine has no address but loopback");
        List<Integer> ports = new ArrayList<>(List.of(SuiteExtension.console().port()));
        SuiteExtension.suite().services().forEach(service -> ports.add(service.port()));
        // and what they stand on: the broker, the database and the mail server
        String bootstrap = TestInfra.endpoints().bootstrapServers();
        ports.add(Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
        ports.add(TestInfra.endpoints().postgresPort());
        ports.add(SuiteExtension.smtpPort());
        for (int port : ports) {
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(local.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> new Socket(outward, port).close()).as("port %d on %s", port, outward)
                    .isInstanceOf(ConnectException.class);
        }
    }

    /** An IPv4 address of this machine that other machines could reach it on. */
    private static InetAddress outwardAddress() throws SocketException {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && !n.isLoopback()) {
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    @Test
    @Order(1)
    void aSecretariatRecordsADecisionAndItsOwnerSeesItArriveLiveAndMarksItDone() {
        String suleiman = seed.officialIds().get("suleiman");
        // Fadia Suleiman owns two seed decisions: each told her of the adoption and of her new action.
        long before = awaitUnread(suleiman, 4);
        JsonPath seedDecision = meetings().get("/decisions/{id}", seed.decisionIds().get(4)).then().extract().jsonPath();
        String textAr = seedDecision.getString("textAr") + " (متابعة " + ThreadLocalRandom.current().nextInt(1000, 9999) + ")";
        String textEn = seedDecision.getString("textEn");
        // Due in a month: no reminder fires during the test, so exactly two notifications are new.
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Damascus")).plusDays(30);

        try (Browser owner = Browser.open(console, 1280, 900); Browser secretariat = Browser.open(console, 1280, 900)) {
            // The owner signs in first, with the keyboard only, and waits on her board.
            owner.go("");
            owner.activateByKeyboard(owner.awaitElement("button.person[data-id='" + suleiman + "']"));
            owner.awaitElement("section.column[data-status='OPEN']");
            assertThat(owner.awaitElement("#unread").getText()).isEqualTo(Long.toString(before));
            assertThat(owner.driver().findElements(By.xpath("//*[contains(text(), '" + textAr + "')]"))).isEmpty();

            // The Syrian ministry's secretariat records a decision owned by her and adopts it.
            signInAsSecretariat(secretariat);
            secretariat.go("#/meetings/" + seed.meetingId());
            WebElement form = secretariat.awaitElement("#decision-form");
            new Select(form.findElement(By.name("agendaItem"))).selectByValue("1");
            new Select(form.findElement(By.name("type"))).selectByValue("COMMITMENT");
            form.findElement(By.name("textAr")).sendKeys(textAr);
            form.findElement(By.name("textEn")).sendKeys(textEn);
            secretariat.script("arguments[0].value = arguments[1]", form.findElement(By.name("dueDate")), due.toString());
            form.findElement(By.cssSelector("input[name='ownerIds'][value='" + suleiman + "']")).click();
            // She leads it; the Omani minister, on the other delegation, is her counterpart.
            String maawali = seed.officialIds().get("maawali");
            new Select(form.findElement(By.name("leadId"))).selectByValue(suleiman);
            new Select(form.findElement(By.name("counterpartId"))).selectByValue(maawali);
            secretariat.screenshot("ar-secretariat-records-decision");
            form.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement adopt = secretariat.await(d -> d.findElements(By.cssSelector("li.decision.status-DRAFT")).stream()
                    .filter(li -> li.getText().contains(textAr)).map(li -> li.findElement(By.cssSelector("button.adopt")))
                    .findFirst().orElse(null));
            secretariat.activateByKeyboard(adopt);
            WebElement adopted = secretariat.await(d -> d.findElements(By.cssSelector("li.decision.status-ADOPTED")).stream()
                    .filter(li -> li.getText().contains(textAr)).findFirst().orElse(null));
            String decisionId = adopted.getAttribute("data-id");
            assertThat(adopted.findElement(By.cssSelector(".pair-line")).getText()).contains("⇄");
            assertThat(meetings().get("/decisions/{id}", decisionId).then().extract().jsonPath()
                    .getString("counterparts[0].counterpartId")).isEqualTo(maawali);
            // Stored byte for byte as typed in the browser.
            assertThat(meetings().get("/decisions/{id}", decisionId).then().extract().jsonPath().getString("textAr"))
                    .isEqualTo(textAr);

            // How the meeting is followed up: asked about every 14 days; a late action escalates to the
            // secretariat's focal points after 5 days, then to the Syrian minister after 12.
            String khatib = seed.officialIds().get("khatib");
            secretariat.type("#follow-up-form", "statusCheckDays", "14");
            secretariat.click("#follow-up-form input[name='on-HEAD_OF_DELEGATION']");
            secretariat.type("#follow-up-form", "days-RECORDING_SECRETARIAT", "5");
            secretariat.click("#follow-up-form input[name='on-OFFICIAL']");
            new Select(secretariat.awaitElement("#follow-up-form select[name='official']")).selectByValue(khatib);
            secretariat.type("#follow-up-form", "days-OFFICIAL", "12");
            secretariat.click("#follow-up-form button[type='submit']");
            secretariat.await(d -> followUp(seed.meetingId()).getBoolean("escalationChosen"));
            JsonPath followUp = followUp(seed.meetingId());
            assertThat(followUp.getInt("statusCheckDays")).isEqualTo(14);
            assertThat(followUp.getList("escalation.to", String.class)).containsExactly("RECORDING_SECRETARIAT", "OFFICIAL");
            assertThat(followUp.getList("escalation.afterDays", Integer.class)).containsExactly(5, 12);
            assertThat(followUp.getString("escalation[1].officialId")).isEqualTo(khatib);

            // Without reloading, her board shows the new action with its due date, and the badge counts two more.
            String actionId = owner.await(d -> d.findElements(By.cssSelector("section.column[data-status='OPEN'] li.action-card"))
                    .stream().filter(c -> c.getText().contains(textAr)).map(c -> c.getAttribute("data-id"))
                    .findFirst().orElse(null));
            String card = "li.action-card[data-id='" + actionId + "']";
            assertThat(owner.awaitElement(card + " time").getAttribute("datetime")).isEqualTo(due.toString());
            // As a Syrian official reads it: the Levantine month name, the Hijri date beside the Gregorian.
            String month = due.format(DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ar-SY")));
            String hijriMonth = due.format(DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ar"))
                    .withChronology(HijrahChronology.INSTANCE));
            assertThat(owner.driver().findElement(By.cssSelector(card + " time")).getText())
                    .contains(" " + month + " " + due.getYear()).contains(" الموافق ").contains(hijriMonth)
                    .endsWith("هـ");
            assertThat(owner.driver().findElement(By.cssSelector(card)).getAttribute("class")).doesNotContain("is-overdue");
            owner.await(d -> d.findElement(By.id("unread")).getText().equals(Long.toString(before + 2)));
            owner.screenshot("ar-owner-board-live");

            // Her inbox has both new notifications, in Arabic, right to left, the decision's text in them.
            owner.driver().findElement(By.cssSelector("a[href='#/inbox']")).click();
            owner.await(d -> d.findElements(By.cssSelector("li.note.unread")).size() == before + 2);
            WebElement created = owner.await(d -> d.findElements(By.cssSelector("li.note.unread")).stream()
                    .filter(n -> n.getText().contains("مهمة متابعة جديدة مسندة إليك") && n.getText().contains(textAr))
                    .findFirst().orElse(null));
            assertThat(created.getAttribute("dir")).isEqualTo("rtl");
            assertThat(created.getAttribute("lang")).isEqualTo("ar");
            created.findElement(By.cssSelector("button.mark-read")).click();
            owner.await(d -> d.findElement(By.id("unread")).getText().equals(Long.toString(before + 1)));
            owner.screenshot("ar-owner-inbox");

            // She follows the link the notification carries (as in its email) and marks the action done.
            String link = notifications().queryParam("recipientId", suleiman).get("/notifications").then().extract()
                    .jsonPath().getString("items.find { it.actionId == '" + actionId + "' }.link");
            assertThat(link).startsWith(console);
            owner.driver().get(link);
            owner.await(d -> d.getCurrentUrl().endsWith("#/actions/" + actionId));
            // Her counterpart's side, on her own action's page: the Omani minister, not started yet.
            WebElement pair = owner.awaitElement("#pair-card");
            assertThat(pair.getAttribute("data-side")).isEqualTo("LEAD");
            assertThat(pair.findElement(By.cssSelector(".pair-owner")).getText()).contains("المعولي").contains("OM");
            assertThat(pair.findElement(By.cssSelector(".pair-status")).getText()).contains("مفتوحة");
            // Progress, a comment and an evidence link, each shown once saved.
            owner.type("#progress-form", "percent", "50");
            owner.type("#progress-form", "text", "أُعدّت المسودة الأولى");
            owner.click("#progress-form button[type='submit']");
            owner.await(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("50%"));
            String comment = "راسلنا الجانب العماني بخصوص نقل الخبرة (Ref. 2026/14)";
            owner.type("#comment-form", "text", comment);
            owner.click("#comment-form button[type='submit']");
            owner.await(d -> d.findElements(By.cssSelector("ul.comments .comment-text")).stream()
                    .anyMatch(c -> c.getText().equals(comment)));
            String evidence = "https://docs.example.gov/mou-draft-" + actionId + ".pdf";
            owner.type("#evidence-form", "url", evidence);
            owner.type("#evidence-form", "title", "مسودة مذكرة التفاهم");
            owner.click("#evidence-form button[type='submit']");
            owner.await(d -> d.findElements(By.cssSelector("ul.evidence a[href='" + evidence + "']")).stream()
                    .anyMatch(a -> a.getText().equals("مسودة مذكرة التفاهم")));
            owner.screenshot("ar-owner-action");
            assertThat(actions().get("/actions/{id}/comments", actionId).then().extract().jsonPath()
                    .getList("items.text", String.class)).containsExactly(comment);
            assertThat(actions().get("/actions/{id}/attachments", actionId).then().extract().jsonPath()
                    .getList("items.url", String.class)).containsExactly(evidence);
            owner.click("#status-form button[data-status='DONE']");
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains("منجزة"));
            owner.go("#/actions");
            owner.await(d -> d.findElements(By.cssSelector("section.column[data-status='DONE'] li.action-card"))
                    .stream().anyMatch(c -> c.getAttribute("data-id").equals(actionId)));
            owner.screenshot("ar-owner-board-done");
            assertThat(owner.driver().findElement(By.cssSelector("li.action-card[data-id='" + actionId + "'] .tag.verif-AWAITING"))
                    .getText()).isEqualTo("بانتظار التحقق");

            // The secretariat that recorded the meeting checks the evidence: it returns the action once,
            // saying why (a return without a reason is refused on its field), then verifies it.
            secretariat.go("#/actions/" + actionId);
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("بانتظار التحقق"));
            secretariat.click("#verify-form button[data-verdict='return']");
            secretariat.await(d -> "true".equals(d.findElement(By.cssSelector("#verify-form textarea[name='reason']"))
                    .getAttribute("aria-invalid")));
            String why = "المرفق مسودة غير موقعة؛ يرجى إرفاق المذكرة الموقعة";
            secretariat.type("#verify-form", "reason", why);
            secretariat.click("#verify-form button[data-verdict='return']");
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("قيد التنفيذ")
                    && d.findElement(By.id("action-status")).getText().contains(why));
            assertThat(secretariat.driver().findElements(By.id("verify-form"))).isEmpty();
            owner.go("#/actions/" + actionId);
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains(why));
            String signed = "https://docs.example.gov/mou-signed-" + actionId + ".pdf";
            owner.type("#evidence-form", "url", signed);
            owner.type("#evidence-form", "title", "مذكرة التفاهم الموقعة");
            owner.click("#evidence-form button[type='submit']");
            owner.await(d -> !d.findElements(By.cssSelector("ul.evidence a[href='" + signed + "']")).isEmpty());
            owner.type("#status-form", "reason", "أُرفقت المذكرة الموقعة من الجانبين");
            owner.click("#status-form button[data-status='DONE']");
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains("بانتظار التحقق"));
            secretariat.go("#/meetings");
            secretariat.awaitElement("table.list");
            secretariat.go("#/actions/" + actionId);
            secretariat.awaitElement("#verify-form");
            secretariat.click("#verify-form button[data-verdict='verify']");
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("تم التحقق"));
            secretariat.screenshot("ar-secretariat-verified");
            // The dashboard puts the pair side by side: her side verified, the Omani side open, neither late.
            secretariat.go("#/dashboard");
            WebElement row = secretariat.await(d -> d.findElements(By.cssSelector("#pairs-table tbody tr")).stream()
                    .filter(r -> !r.findElements(By.cssSelector("a[href='#/actions/" + actionId + "']")).isEmpty())
                    .findFirst().orElse(null));
            assertThat(row.getAttribute("data-late")).isEqualTo("NONE");
            assertThat(row.getText()).contains("المعولي").contains("منجزة");
            assertThat(actions().get("/actions/{id}/history", actionId).then().extract().jsonPath()
                    .getList("items.change", String.class)).containsSubsequence("STATUS", "RETURNED", "STATUS", "VERIFIED");

            JsonPath action = actions().get("/actions/{id}", actionId).then().statusCode(200).extract().jsonPath();
            assertThat(action.getString("status")).isEqualTo("DONE");
            assertThat(action.getString("verification")).isEqualTo("VERIFIED");
            assertThat(action.getInt("progress")).isEqualTo(100);
            assertThat(action.getString("owner.officialId")).isEqualTo(suleiman);
            assertThat(action.getString("decisionId")).isEqualTo(decisionId);
            // What she marked read in the browser is read for the service too.
            assertThat(notifications().queryParam("recipientId", suleiman).get("/notifications").then().extract()
                    .jsonPath().getString("items.find { it.actionId == '" + actionId
                            + "' && it.eventType == 'org.mutabaa.action.created.v1' }.readAt")).isNotNull();
        }
    }

    @Test
    @Order(2)
    void everyMainPageInArabicAndEnglishAtDesktopAndPhoneWidth() {
        String suleiman = seed.officialIds().get("suleiman");
        // An action of hers that was due yesterday: the board marks it overdue.
        String overdueDecision = meetings().contentType("application/json").body(Map.of(
                        "agendaItem", 2, "type", "COMMITMENT", "authoritativeLanguage", "ar",
                        "textAr", "إعداد مذكرة تفاهم حول نقل خبرات التحول الرقمي",
                        "textEn", "Prepare a memorandum of understanding on transferring digital transformation experience",
                        "dueDate", LocalDate.now(ZoneId.of("Asia/Damascus")).minusDays(1).toString(),
                        "ownerIds", List.of(suleiman)))
                .post("/meetings/{id}/decisions", seed.meetingId()).then().statusCode(201).extract().jsonPath().getString("id");
        meetings().post("/decisions/{id}/adopt", overdueDecision).then().statusCode(200);
        String actionId = await().atMost(java.time.Duration.ofMinutes(1)).until(() -> actions()
                .queryParam("decisionId", overdueDecision).get("/actions").then().statusCode(200).extract().jsonPath()
                .getString("items[0].id"), java.util.Objects::nonNull);
        for (String lang : List.of("ar", "en")) {
            try (Browser browser = Browser.open(console, 1280, 900)) {
                browser.go("");
                browser.awaitElement("button.person");
                if (lang.equals("en")) {
                    browser.driver().findElement(By.id("switch-language")).click();
                    browser.await(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
                }
                page(browser, lang, "sign-in", "", "button.person");
                signInAsSecretariat(browser);
                page(browser, lang, "meetings", "#/meetings", "table.list");
                page(browser, lang, "meeting", "#/meetings/" + seed.meetingId(), "#decision-form");
                // The title in the other language keeps its own direction inside the page's.
                WebElement other = browser.driver().findElement(By.cssSelector(".other-language"));
                assertThat((Boolean) browser.script("return arguments[0].matches(':dir(' + arguments[1] + ')')", other,
                        lang.equals("ar") ? "ltr" : "rtl")).isTrue();
                if (lang.equals("ar")) {
                    minutesAndCalendar(browser);
                }
                page(browser, lang, "new-meeting", "#/meetings/new", "#meeting-form");
                page(browser, lang, "dashboard", "#/dashboard/organisations", "svg.chart");
                dashboardAsTheApiCountsIt(browser);
                page(browser, lang, "dashboard-countries", "#/dashboard/countries", "#dashboard-table");
                browser.driver().findElement(By.id("sign-out")).click();
                signInAs(browser, suleiman);
                page(browser, lang, "my-actions", "#/actions", "section.column");
                WebElement late = browser.awaitElement("li.action-card[data-id='" + actionId + "']");
                assertThat(late.getAttribute("class")).contains("is-overdue");
                assertThat(late.findElement(By.cssSelector(".overdue-flag")).getText())
                        .isEqualTo(lang.equals("ar") ? "متأخرة" : "Overdue");
                page(browser, lang, "action", "#/actions/" + actionId, "#progress-form");
                page(browser, lang, "inbox", "#/inbox", "li.note");
            }
        }
    }

    /** The dashboard shows the secretariat the figures the API gives it: one row and one bar per organisation. */
    private static void dashboardAsTheApiCountsIt(Browser browser) {
        JsonPath rows = actions().auth().oauth2(TestInfra.token(java.util.UUID.randomUUID().toString(), syMinistry,
                "secretariat")).get("/dashboard/organisations").then().statusCode(200).extract().jsonPath();
        List<String> keys = rows.getList("key", String.class);
        assertThat(browser.driver().findElements(By.cssSelector("#dashboard-table tbody tr"))).hasSize(keys.size());
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart text.bar-name"))).hasSize(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            List<WebElement> cells = browser.driver().findElements(
                    By.cssSelector("#dashboard-table tr[data-key='" + keys.get(i) + "'] td"));
            assertThat(cells.get(0).getText()).isEqualTo(rows.getString("[" + i + "].total"));
            assertThat(cells.get(1).getText()).isEqualTo(rows.getString("[" + i + "].byStatus.DONE"));
            assertThat(cells.get(5).getText()).startsWith(rows.getString("[" + i + "].overdue"));
        }
    }

    private static JsonPath followUp(String meetingId) {
        return actions().get("/meetings/{id}/follow-up", meetingId).then().statusCode(200).extract().jsonPath();
    }

    /** Signs in as the Syrian ministry's secretariat (which recorded the seed meeting), landing on the meetings. */
    private static void signInAsSecretariat(Browser browser) {
        signIn(browser, "button.person[data-kind='secretariat'][data-id='" + syMinistry + "']", "table.list");
    }

    /** Signs in as an official, landing on their board. */
    private static void signInAs(Browser browser, String officialId) {
        signIn(browser, "button.person[data-id='" + officialId + "']", "section.column");
    }

    private static void signIn(Browser browser, String person, String landing) {
        browser.go("");
        browser.awaitElement(person).click();
        browser.awaitElement(landing);
    }

    /** The secretariat downloads the minutes and the calendar file, and opens the minutes to print. */
    private static void minutesAndCalendar(Browser browser) {
        JsonPath meeting = meetings().get("/meetings/{id}", seed.meetingId()).then().extract().jsonPath();
        browser.driver().findElement(By.id("download-calendar")).click();
        String calendar = browser.downloaded("meeting-" + seed.meetingId() + ".ics");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        browser.driver().findElement(By.id("download-minutes")).click();
        assertThat(browser.downloaded("minutes-" + seed.meetingId() + ".md")).contains(meeting.getString("titleAr"));
        browser.driver().findElement(By.id("print-minutes")).click();
        WebElement frame = browser.await(d -> d.findElements(By.id("minutes-print")).stream().findFirst().orElse(null));
        browser.driver().switchTo().frame(frame);
        try {
            String title = meeting.getString("titleAr");
            browser.await(d -> String.valueOf(browser.script("return document.body ? document.body.textContent : ''"))
                    .contains(title));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Opens a page, checks its language and direction and that it fits a phone, and keeps screenshots. */
    private static void page(Browser browser, String lang, String name, String hash, String ready) {
        browser.go(hash);
        browser.awaitElement(ready);
        WebElement html = browser.driver().findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo(lang);
        assertThat(html.getAttribute("dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        assertThat(browser.driver().findElement(By.id("switch-language")).getText())
                .isEqualTo(lang.equals("ar") ? "English" : "العربية");
        // Every form control has a label that names it.
        assertThat((Long) browser.script("return [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length")).isZero();
        browser.screenshot(lang + "-" + name);
        browser.phoneWidth(true);
        try {
            browser.awaitElement(ready);
            assertThat(browser.overflowsSideways()).as("%s (%s) is wider than a phone", name, lang).isFalse();
            browser.screenshot(lang + "-phone-" + name);
        } finally {
            browser.phoneWidth(false);
        }
    }

    @Test
    @Order(3)
    void datesAreShownInTheSignedInOfficialsTimeZone() {
        // The seed meeting began at 11:00 in Damascus (UTC+3), 12:00 in Muscat (UTC+4); the browser's clock is UTC.
        Map<String, String> expected = Map.of("khatib", "11:00", "maawali", "12:00");
        Map<String, String> zones = Map.of("khatib", "Asia/Damascus", "maawali", "Asia/Muscat");
        for (var entry : expected.entrySet()) {
            try (Browser browser = Browser.open(console, 1280, 900)) {
                signInAs(browser, seed.officialIds().get(entry.getKey()));
                assertThat(browser.driver().findElement(By.cssSelector(".who .zone")).getText()).contains(zones.get(entry.getKey()));
                browser.go("#/meetings/" + seed.meetingId());
                WebElement time = browser.awaitElement("dl.facts time");
                assertThat(time.getText()).contains(entry.getValue());
            }
        }
    }

    @Test
    @Order(4)
    void aRefusedMeetingNamesTheWrongFieldAndRecordsNothing() {
        int before = meetings().get("/meetings?size=1").then().extract().jsonPath().getInt("total");
        try (Browser browser = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(browser);
            browser.go("#/meetings/new");
            WebElement form = browser.awaitElement("#meeting-form");
            form.findElement(By.name("titleAr")).sendKeys("اجتماع بلا موعد");
            browser.script("arguments[0].value = ''", form.findElement(By.name("startsAt")));
            form.findElement(By.cssSelector("button[type='submit']")).click();
            WebElement alert = browser.awaitElement("#meeting-form .form-alert");
            assertThat(alert.getText()).contains("startsAt");
            WebElement startsAt = form.findElement(By.name("startsAt"));
            assertThat(startsAt.getAttribute("aria-invalid")).isEqualTo("true");
            WebElement message = browser.driver().findElement(By.id(startsAt.getAttribute("id") + "-error"));
            assertThat(message.isDisplayed()).isTrue();
            assertThat(message.getText()).isNotBlank();
            browser.screenshot("ar-refused-meeting");
        }
        assertThat(meetings().get("/meetings?size=1").then().extract().jsonPath().getInt("total")).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aSecretariatRecordsAWholeMeetingThenApprovesItsMinutes() {
        JsonPath seedMeeting = meetings().get("/meetings/{id}", seed.meetingId()).then().extract().jsonPath();
        String omMinistry = seedMeeting.getString("delegations.find { it.countryCode == 'OM' }.organisationId");
        // The title typed decomposed (as some keyboards send it): the console composes it, as names must be.
        String title = seedMeeting.getString("titleAr") + " — جلسة متابعة " + ThreadLocalRandom.current().nextInt(100, 999);
        String typed = Normalizer.normalize(title, Normalizer.Form.NFD);
        assertThat(typed).isNotEqualTo(title);
        String khatib = seed.officialIds().get("khatib");
        String suleiman = seed.officialIds().get("suleiman");
        String maawali = seed.officialIds().get("maawali");
        try (Browser browser = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(browser);
            browser.go("#/meetings/new");
            WebElement form = browser.awaitElement("#meeting-form");
            form.findElement(By.name("titleAr")).sendKeys(typed);
            form.findElement(By.name("titleEn")).sendKeys("Follow-up session of the Syrian-Omani ministerial meeting");
            form.findElement(By.name("platform")).sendKeys("Zoom");
            browser.script("arguments[0].value = arguments[1]", form.findElement(By.name("startsAt")), "2026-11-20T11:00");
            new Select(form.findElement(By.name("timeZone"))).selectByValue("Asia/Damascus");
            new Select(form.findElement(By.name("status"))).selectByValue("HELD");
            new Select(form.findElement(By.name("delegations[0].organisationId"))).selectByValue(syMinistry);
            new Select(form.findElement(By.name("delegations[0].participants[0].officialId"))).selectByValue(khatib);
            form.findElements(By.cssSelector("fieldset.delegation-form")).get(0)
                    .findElement(By.cssSelector("button.add-participant")).click();
            new Select(form.findElement(By.name("delegations[0].participants[1].officialId"))).selectByValue(suleiman);
            new Select(form.findElement(By.name("delegations[1].organisationId"))).selectByValue(omMinistry);
            new Select(form.findElement(By.name("delegations[1].participants[0].officialId"))).selectByValue(maawali);
            form.findElement(By.name("agenda[0].titleAr")).sendKeys(seedMeeting.getString("agenda[0].titleAr"));
            form.findElement(By.name("agenda[0].titleEn")).sendKeys(seedMeeting.getString("agenda[0].titleEn"));
            browser.screenshot("ar-secretariat-records-meeting");
            form.findElement(By.cssSelector("button[type='submit']")).click();
            String meetingId = browser.await(d -> {
                var m = java.util.regex.Pattern.compile("#/meetings/([0-9a-f-]{36})$").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            });

            JsonPath meeting = meetings().get("/meetings/{id}", meetingId).then().statusCode(200).extract().jsonPath();
            assertThat(meeting.getString("titleAr")).isEqualTo(title);
            assertThat(java.time.OffsetDateTime.parse(meeting.getString("startsAt")).toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-11-20T08:00:00Z"));
            assertThat(meeting.getString("timeZone")).isEqualTo("Asia/Damascus");
            assertThat(meeting.getString("status")).isEqualTo("HELD");
            assertThat(meeting.getString("recordedBy")).isEqualTo(syMinistry);
            assertThat(meeting.getList("delegations.countryCode", String.class)).containsExactly("SY", "OM");
            assertThat(meeting.getList("delegations[0].participants.officialId", String.class)).containsExactly(khatib, suleiman);
            assertThat(meeting.getList("delegations[0].participants.role", String.class)).containsExactly("HEAD", "MEMBER");
            assertThat(meeting.getList("delegations[1].participants.officialId", String.class)).containsExactly(maawali);
            assertThat(meeting.getString("agenda[0].titleAr")).isEqualTo(seedMeeting.getString("agenda[0].titleAr"));

            // It was held at 12:30, not 11:00: corrected with its reason (refused without one), kept in its corrections.
            WebElement correct = browser.awaitElement("#correction-form");
            browser.script("arguments[0].value = arguments[1]", correct.findElement(By.name("startsAt")), "2026-11-20T12:30");
            correct.findElement(By.cssSelector("button[type='submit']")).click();
            browser.await(d -> "true".equals(d.findElement(By.cssSelector("#correction-form textarea[name='reason']"))
                    .getAttribute("aria-invalid")));
            String why = "تصحيح الموعد وفق المحضر الموقع";
            browser.type("#correction-form", "reason", why);
            browser.click("#correction-form button[type='submit']");
            WebElement corrections = browser.awaitElement("#corrections");
            assertThat(corrections.getText()).contains("الموعد").contains(why);
            assertThat(java.time.OffsetDateTime.parse(meetings().get("/meetings/{id}", meetingId).then().extract()
                    .jsonPath().getString("startsAt")).toInstant()).isEqualTo(java.time.Instant.parse("2026-11-20T09:30:00Z"));
            assertThat(meetings().get("/meetings/{id}/corrections", meetingId).then().extract().jsonPath()
                    .getList("items.changes[0].field", String.class)).containsExactly("startsAt");

            // A draft decision, then the minutes approved: the draft is adopted with them.
            WebElement decision = browser.awaitElement("#decision-form");
            decision.findElement(By.name("textAr")).sendKeys("متابعة تنفيذ ما اتُّفق عليه في الاجتماع الوزاري");
            decision.findElement(By.cssSelector("input[name='ownerIds'][value='" + khatib + "']")).click();
            decision.findElement(By.cssSelector("button[type='submit']")).click();
            browser.awaitElement("li.decision.status-DRAFT");
            browser.awaitElement("#approve-minutes").click();
            browser.await(d -> d.findElement(By.id("meeting-status")).getText().equals("المحضر معتمد"));
            browser.awaitElement("li.decision.status-ADOPTED");
            assertThat(browser.driver().findElements(By.id("approve-minutes"))).isEmpty();
            browser.screenshot("ar-secretariat-minutes-approved");
            assertThat(meetings().get("/meetings/{id}/decisions", meetingId).then().extract().jsonPath()
                    .getList("items.status", String.class)).containsExactly("ADOPTED");
        }
    }

    private static long awaitUnread(String official, long expected) {
        return await().atMost(java.time.Duration.ofMinutes(1)).until(() -> notifications().queryParam("recipientId", official).get("/notifications/unread-count")
                .then().statusCode(200).extract().jsonPath().getLong("unread"), n -> n == expected);
    }
}
