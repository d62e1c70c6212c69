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
                page(browser, lang, "directory", "#/directory", "#organisation-form");
                page(browser, lang, "organisation", "#/organisations/" + syMinistry, "#focal-points-form");
                page(browser, lang, "calendar", "#/calendars/SY/2027", "#holidays");
                // Eid al-Fitr as the reader's calendar names its month: آذار in Syria; March in English.
                assertThat(browser.driver().findElement(By.cssSelector("#holidays tr[data-date='2027-03-09']")).getText())
                        .contains(lang.equals("ar") ? "آذار" : "March").contains(lang.equals("ar") ? "عيد الفطر" : "Eid al-Fitr");
                page(browser, lang, "search", "#/search?q=" + java.net.URLEncoder.encode("التحول الرقمي",
                        java.nio.charset.StandardCharsets.UTF_8), "ol.search-hits li");
                browser.driver().findElement(By.id("sign-out")).click();
                signInAs(browser, suleiman);
                page(browser, lang, "my-actions", "#/actions", "section.column");
                WebElement late = browser.awaitElement("li.action-card[data-id='" + actionId + "']");
                assertThat(late.getAttribute("class")).contains("is-overdue");
                assertThat(late.findElement(By.cssSelector(".overdue-flag")).getText())
                        .isEqualTo(lang.equals("ar") ? "متأخرة" : "Overdue");
                page(browser, lang, "action", "#/actions/" + actionId, "#progress-form");
                page(browser, lang, "inbox", "#/inbox", "li.note");
                page(browser, lang, "preferences", "#/preferences", "#preferences-form");
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
            heldInDamascus(browser, form, "2026-11-20T11:00", List.of(syMinistry, khatib, suleiman), List.of(omMinistry, maawali));
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

    /**
     * The follow-up desk in the console, in Arabic: the secretariat adds an organisation outside both
     * delegations and two of its people to the directory, corrects one, names the other its focal
     * point; the focal point hands the organisation's action to her colleague; the secretariat
     * reassigns another action, amends and revokes a decision, announces and withdraws a holiday and
     * searches as the API folds Arabic. Each step is checked against what the services now hold.
     */
    @Test
    @Order(6)
    void theFollowUpDeskInTheConsole() {
        String khatib = seed.officialIds().get("khatib");
        String suleiman = seed.officialIds().get("suleiman");
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999));
        String postAr = "المؤسسة السورية للبريد " + suffix;
        try (Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(secretariat);
            // A new organisation, then two of its people, through the directory pages.
            secretariat.go("#/directory");
            secretariat.awaitElement("#organisation-form");
            new Select(secretariat.awaitElement("#organisation-form select[name='kind']")).selectByValue("COMPANY");
            secretariat.type("#organisation-form", "countryCode", "SY");
            secretariat.type("#organisation-form", "nameAr", postAr);
            secretariat.type("#organisation-form", "nameEn", "Syrian Post " + suffix);
            secretariat.click("#organisation-form button[type='submit']");
            String post = secretariat.await(d -> {
                var m = java.util.regex.Pattern.compile("#/organisations/([0-9a-f-]{36})$").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            });
            assertThat(meetings().get("/organisations/{id}", post).then().statusCode(200).extract().jsonPath()
                    .getString("nameAr")).isEqualTo(postAr);
            String rana = addOfficial(secretariat, post, "رنا الأحمد", "مديرة المتابعة");
            String samer = addOfficial(secretariat, post, "سامر داود", "مهندس شبكات");
            secretariat.click("li[data-id='" + samer + "'] details.edit-official summary");
            secretariat.type("#official-form-" + samer, "titleAr", "رئيس قسم الشبكات");
            secretariat.click("#official-form-" + samer + " button[type='submit']");
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> meetings().get("/officials/{id}", samer).then()
                    .extract().jsonPath().getString("titleAr"), "رئيس قسم الشبكات"::equals);

            // The post owns an action of a decision the Syrian ministry recorded: its secretariat names a focal point.
            String decision = adoptedDecision(Map.of("agendaItem", 3, "type", "COMMITMENT", "authoritativeLanguage", "ar",
                    "textAr", "توزيع بطاقات الدفع الإلكتروني عبر مكاتب البريد " + suffix, "dueInWorkingDays", 10,
                    "ownerOrganisationIds", List.of(post)));
            String postAction = actionOf(decision);
            secretariat.go("#/organisations/" + post);
            secretariat.awaitElement("#focal-points-form");
            secretariat.click("#focal-points-form input[value='" + rana + "']");
            // actions-service learns of new officials from the directory's events: the console says so until it has.
            submitUntilAccepted(secretariat, "#focal-points-form",
                    d -> d.findElement(By.id("focal-points")).getText().contains("رنا الأحمد"));
            // And the office of its Jordanian partner, outside the directory, by address: told by mail in English.
            secretariat.click("#focal-points-form button.add-address");
            secretariat.type("#focal-points-form", "addresses[0].email", "followup@jordanpost.com.jo");
            secretariat.type("#focal-points-form", "addresses[0].nameEn", "Jordan Post follow-up office");
            new Select(secretariat.awaitElement("#focal-points-form select[name='addresses[0].preferredLanguage']"))
                    .selectByValue("en");
            secretariat.click("#focal-points-form button[type='submit']");
            secretariat.await(d -> d.findElement(By.id("focal-points")).getText().contains("followup@jordanpost.com.jo"));
            secretariat.screenshot("ar-organisation-focal-points");
            JsonPath focalPoints = actions().get("/organisations/{id}/focal-points", post).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(focalPoints.getList("focalPoints.officialId", String.class)).containsExactly(rana);
            assertThat(focalPoints.getList("addresses.email", String.class)).containsExactly("followup@jordanpost.com.jo");
            assertThat(focalPoints.getString("addresses[0].preferredLanguage")).isEqualTo("en");

            // The focal point hands the post's action to her colleague.
            try (Browser focal = Browser.open(console, 1280, 900)) {
                signInAs(focal, rana);
                focal.go("#/actions/" + postAction);
                WebElement handOver = focal.awaitElement("#reassign-form");
                assertThat(handOver.getAttribute("data-hand-over")).isEqualTo("true");
                assertThat(handOver.findElements(By.cssSelector("select[name='officialId'] option")))
                        .extracting(o -> o.getAttribute("value")).containsExactlyInAnyOrder("", rana, samer);
                new Select(handOver.findElement(By.name("officialId"))).selectByValue(samer);
                focal.type("#reassign-form", "reason", "يتولى قسم الشبكات التنفيذ");
                focal.screenshot("ar-focal-point-hands-over");
                focal.click("#reassign-form button[type='submit']");
                focal.await(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("سامر داود"));
            }
            JsonPath handed = actions().get("/actions/{id}", postAction).then().statusCode(200).extract().jsonPath();
            assertThat(handed.getString("owner.kind")).isEqualTo("OFFICIAL");
            assertThat(handed.getString("owner.officialId")).isEqualTo(samer);

            // The secretariat gives the minister's action to his assistant, with the reason.
            String khatibDecision = adoptedDecision(Map.of("agendaItem", 1, "type", "COMMITMENT", "authoritativeLanguage", "ar",
                    "textAr", "إعداد خطة العمل المشتركة للربع الأول " + suffix, "ownerIds", List.of(khatib)));
            String khatibAction = actionOf(khatibDecision);
            secretariat.go("#/actions/" + khatibAction);
            new Select(secretariat.awaitElement("#reassign-form select[name='officialId']")).selectByValue(suleiman);
            secretariat.click("#reassign-form button[type='submit']");
            secretariat.await(d -> "true".equals(d.findElement(By.cssSelector("#reassign-form textarea[name='reason']"))
                    .getAttribute("aria-invalid")));
            secretariat.type("#reassign-form", "reason", "تتولى معاونة الوزير ملف الخطة");
            secretariat.click("#reassign-form button[type='submit']");
            secretariat.await(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("فاديا سليمان"));
            assertThat(actions().get("/actions/{id}", khatibAction).then().extract().jsonPath().getString("owner.officialId"))
                    .isEqualTo(suleiman);

            // Amended on the meeting's page, then revoked with its reason (refused without one).
            secretariat.go("#/meetings/" + seed.meetingId());
            String item = "li.decision[data-id='" + khatibDecision + "']";
            secretariat.click(item + " details.amend summary");
            String amendedText = "إعداد خطة العمل المشتركة للربعين الأول والثاني " + suffix;
            secretariat.type("#amend-form-" + khatibDecision, "textAr", amendedText);
            secretariat.click("#amend-form-" + khatibDecision + " button[type='submit']");
            secretariat.await(d -> d.findElements(By.cssSelector(item + ".status-AMENDED")).size() == 1);
            JsonPath amended = meetings().get("/decisions/{id}", khatibDecision).then().extract().jsonPath();
            assertThat(amended.getString("textAr")).isEqualTo(amendedText);
            assertThat(amended.getList("ownerIds", String.class)).containsExactly(khatib);
            secretariat.script("window.confirm = () => true");
            secretariat.click(item + " details.revoke summary");
            secretariat.click("#revoke-form-" + khatibDecision + " button[type='submit']");
            secretariat.await(d -> "true".equals(d.findElement(By.cssSelector("#revoke-form-" + khatibDecision
                    + " textarea[name='reason']")).getAttribute("aria-invalid")));
            secretariat.type("#revoke-form-" + khatibDecision, "reason", "استُعيض عنه بقرار الاجتماع اللاحق");
            secretariat.script("window.confirm = () => true");
            secretariat.click("#revoke-form-" + khatibDecision + " button[type='submit']");
            secretariat.await(d -> d.findElements(By.cssSelector(item + ".status-REVOKED")).size() == 1);
            assertThat(meetings().get("/decisions/{id}", khatibDecision).then().extract().jsonPath().getString("status"))
                    .isEqualTo("REVOKED");
            await().atMost(java.time.Duration.ofMinutes(1)).until(() -> actions().get("/actions/{id}", khatibAction)
                    .then().extract().jsonPath().getString("status"), "CANCELLED"::equals);

            // A holiday announced on Syria's calendar, then withdrawn.
            secretariat.go("#/calendars/SY/2033");
            secretariat.awaitElement("#holidays");
            secretariat.script("arguments[0].value = arguments[1]",
                    secretariat.awaitElement("#holiday-form input[name='date']"), "2033-03-10");
            secretariat.type("#holiday-form", "nameAr", "عطلة رسمية بمناسبة الانتخابات");
            secretariat.type("#holiday-form", "nameEn", "Election holiday");
            secretariat.click("#holiday-form button[type='submit']");
            WebElement row = secretariat.awaitElement("#holidays tr[data-date='2033-03-10']");
            assertThat(row.getText()).contains("عطلة رسمية بمناسبة الانتخابات").contains("معلنة").contains("آذار");
            assertThat(actions().get("/calendars/SY?year=2033").then().extract().jsonPath()
                    .getList("holidays.date", String.class)).contains("2033-03-10");
            secretariat.screenshot("ar-calendar-announced");
            secretariat.script("window.confirm = () => true");
            secretariat.click("#holidays tr[data-date='2033-03-10'] button.withdraw");
            secretariat.await(d -> d.findElements(By.cssSelector("#holidays tr[data-date='2033-03-10']")).isEmpty());
            assertThat(actions().get("/calendars/SY?year=2033").then().extract().jsonPath()
                    .getList("holidays.date", String.class)).doesNotContain("2033-03-10");

            // Search: typed without the hamza the seed's decision is written with, found as the API finds it.
            secretariat.go("#/search");
            secretariat.type("#search-form", "q", "التخطيط الاستراتيجي");
            secretariat.click("#search-form button[type='submit']");
            secretariat.awaitElement("#search-count");
            List<String> found = meetings().queryParam("q", "التخطيط الاستراتيجي").queryParam("size", 50).get("/search")
                    .then().statusCode(200).extract().jsonPath().getList("id", String.class);
            assertThat(found).contains(seed.decisionIds().get(2));
            assertThat(secretariat.driver().findElements(By.cssSelector("ol.search-hits li")))
                    .extracting(li -> li.getAttribute("data-id")).containsExactlyElementsOf(found);
            secretariat.screenshot("ar-search");
        }
    }

    /**
     * The follow-up desk walked through in the console. The Syrian secretariat records a bilateral
     * meeting held on Monday 28 December 2026 and its decision: due ten working days after it, owned by
     * the Syrian assistant minister (the lead, paired with the Omani undersecretary) and by a Syrian
     * postal company outside both delegations. Ten working days land on Monday 11 January 2027 in
     * Syria, but on Wednesday 13 January in Oman, where Isra and Mi'raj (Tuesday 5 January) and
     * Accession Day (Monday 11 January) are public holidays. The company's focal
     * point, named beforehand by the company's own secretariat, hands its action to an engineer who
     * reads English; he reports progress and marks it done with evidence; the secretariat returns it,
     * then verifies it. Each is told, in their own language, with the Hijri date beside the Gregorian.
     */
    @Test
    @Order(8)
    void theFollowUpDeskWalkedThroughFromTheMeetingToTheVerifiedAction() {
        String khatib = seed.officialIds().get("khatib");
        String suleiman = seed.officialIds().get("suleiman");
        String maawali = seed.officialIds().get("maawali");
        String undersecretary = seed.officialIds().get("om-undersecretary");
        String omMinistry = meetings().get("/meetings/{id}", seed.meetingId()).then().extract().jsonPath()
                .getString("delegations.find { it.countryCode == 'OM' }.organisationId");
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999));
        String post = meetings().contentType("application/json").body(Map.of("kind", "COMPANY", "countryCode", "SY",
                        "nameAr", "المؤسسة العامة للبريد " + suffix, "nameEn", "General Post Establishment " + suffix))
                .post("/organisations").then().statusCode(201).extract().jsonPath().getString("id");
        String rana = newOfficial(post, "رنا الأحمد", "Rana al-Ahmad", "مديرة المتابعة", "Director of Follow-up", "ar");
        String samer = newOfficial(post, "سامر داود", "Samer Dawood", "رئيس قسم الشبكات", "Head of Networks", "en");

        // The company's own secretariat names its focal point.
        try (Browser company = Browser.open(console, 1280, 900)) {
            signIn(company, "button.person[data-kind='secretariat'][data-id='" + post + "']", "table.list");
            company.go("#/organisations/" + post);
            company.awaitElement("#focal-points-form");
            company.click("#focal-points-form input[value='" + rana + "']");
            submitUntilAccepted(company, "#focal-points-form", d -> d.findElement(By.id("focal-points")).getText()
                    .contains("رنا الأحمد"));
        }

        String meetingId;
        String decisionId;
        try (Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(secretariat);
            secretariat.go("#/meetings/new");
            WebElement form = secretariat.awaitElement("#meeting-form");
            form.findElement(By.name("titleAr")).sendKeys("اجتماع لجنة المتابعة السورية العمانية " + suffix);
            form.findElement(By.name("titleEn")).sendKeys("Syrian-Omani follow-up committee " + suffix);
            heldInDamascus(secretariat, form, "2026-12-28T10:00", List.of(syMinistry, khatib, suleiman),
                    List.of(omMinistry, maawali, undersecretary));
            form.findElement(By.name("agenda[0].titleAr")).sendKeys("ربط الشبكات البريدية الحكومية");
            form.findElement(By.cssSelector("button[type='submit']")).click();
            meetingId = secretariat.await(d -> {
                var m = java.util.regex.Pattern.compile("#/meetings/([0-9a-f-]{36})$").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            });

            WebElement decision = secretariat.awaitElement("#decision-form");
            decision.findElement(By.name("textAr")).sendKeys("ربط منظومتي البريد الإلكتروني الحكومي في البلدين");
            decision.findElement(By.name("textEn")).sendKeys("Connect the two countries' government mail systems");
            decision.findElement(By.name("dueInWorkingDays")).sendKeys("10");
            decision.findElement(By.cssSelector("input[name='ownerIds'][value='" + suleiman + "']")).click();
            decision.findElement(By.cssSelector("input[name='ownerOrganisationIds'][value='" + post + "']")).click();
            new Select(decision.findElement(By.name("leadId"))).selectByValue(suleiman);
            new Select(decision.findElement(By.name("counterpartId"))).selectByValue(undersecretary);
            secretariat.screenshot("ar-walk-decision");
            decision.findElement(By.cssSelector("button[type='submit']")).click();
            secretariat.click("li.decision.status-DRAFT button.adopt");
            WebElement adopted = secretariat.awaitElement("li.decision.status-ADOPTED");
            assertThat(adopted.getText()).contains("فاديا سليمان").contains("المؤسسة العامة للبريد " + suffix)
                    .contains("خلال 10 أيام عمل من الاجتماع");
            decisionId = adopted.getAttribute("data-id");
        }

        // One action per owner and for the counterpart, each due on its own country's tenth working day.
        List<Map<String, Object>> made = await().atMost(java.time.Duration.ofMinutes(1)).until(() -> actions()
                .queryParam("decisionId", decisionId).get("/actions").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items"), items -> items.size() == 3);
        Map<String, String> dueBy = new java.util.HashMap<>();
        Map<String, String> actionBy = new java.util.HashMap<>();
        for (Map<String, Object> a : made) {
            @SuppressWarnings("unchecked") Map<String, Object> owner = (Map<String, Object>) a.get("owner");
            String who = owner.get("officialId") != null ? (String) owner.get("officialId") : (String) owner.get("organisationId");
            dueBy.put(who, (String) a.get("dueDate"));
            actionBy.put(who, (String) a.get("id"));
        }
        assertThat(dueBy).containsEntry(suleiman, "2027-01-11").containsEntry(post, "2027-01-11")
                .containsEntry(undersecretary, "2027-01-13");
        String postAction = actionBy.get(post);

        // The focal point is told in Arabic, both calendars, the month as Syrians name it.
        JsonPath toRana = awaitNotification(rana, "org.mutabaa.action.created.v1");
        assertThat(toRana.getString("reason")).isEqualTo("FOCAL_POINT");
        assertThat(toRana.getString("language")).isEqualTo("ar");
        assertThat(toRana.getString("body")).contains("الاثنين 11 كانون الثاني 2027 الموافق 3 شعبان 1448 هـ");
        // The Omani counterpart reads his own day with the month as Omanis name it.
        JsonPath toOman = awaitNotification(undersecretary, "org.mutabaa.action.created.v1");
        assertThat(toOman.getString("body")).contains("الأربعاء 13 يناير 2027 الموافق 5 شعبان 1448 هـ");

        // She hands the company's action to the engineer.
        try (Browser focal = Browser.open(console, 1280, 900)) {
            signInAs(focal, rana);
            focal.go("#/inbox");
            focal.await(d -> d.findElements(By.cssSelector("li.note")).stream()
                    .anyMatch(li -> li.getText().contains("ربط منظومتي البريد")));
            focal.go("#/actions/" + postAction);
            assertThat(focal.awaitElement("dl.facts").getText()).contains("كانون الثاني 2027");
            new Select(focal.awaitElement("#reassign-form select[name='officialId']")).selectByValue(samer);
            focal.type("#reassign-form", "reason", "يتولى قسم الشبكات التنفيذ");
            focal.click("#reassign-form button[type='submit']");
            focal.await(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("سامر داود"));
        }
        JsonPath toSamer = awaitNotification(samer, "org.mutabaa.action.reassigned.v1");
        assertThat(toSamer.getString("language")).isEqualTo("en");
        assertThat(toSamer.getString("body")).contains("Monday 11 January 2027 (3 Sha").contains("1448 AH)")
                .contains("Reason: يتولى قسم الشبكات التنفيذ");

        // He reports progress and marks it done with evidence, in English.
        String evidence = "https://post.example.sy/mail-link-" + suffix + ".pdf";
        try (Browser owner = Browser.open(console, 1280, 900); Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAs(owner, samer);
            owner.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            owner.go("#/actions/" + postAction);
            owner.type("#progress-form", "percent", "60");
            owner.type("#progress-form", "text", "Both gateways configured");
            owner.click("#progress-form button[type='submit']");
            owner.await(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("60%"));
            owner.type("#evidence-form", "url", evidence);
            owner.type("#evidence-form", "title", "Interconnection test report");
            owner.click("#evidence-form button[type='submit']");
            owner.awaitElement("ul.evidence a[href='" + evidence + "']");
            owner.click("#status-form button[data-status='DONE']");
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains("Awaiting verification"));
            owner.screenshot("en-walk-done-awaiting");

            // The secretariat returns it with the reason, then verifies it once done again.
            signInAsSecretariat(secretariat);
            secretariat.go("#/actions/" + postAction);
            secretariat.type("#verify-form", "reason", "أرفقوا محضر الاختبار الموقع");
            secretariat.click("#verify-form button[data-verdict='return']");
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("قيد التنفيذ"));
            JsonPath returned = awaitNotification(samer, "org.mutabaa.action.returned.v1");
            assertThat(returned.getString("language")).isEqualTo("en");
            assertThat(returned.getString("body")).contains("أرفقوا محضر الاختبار الموقع");

            // His page shows the return as it happens, with the reason.
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains("In progress")
                    && d.findElement(By.id("action-status")).getText().contains("أرفقوا محضر الاختبار الموقع"));
            owner.type("#status-form", "reason", "Signed test report attached");
            owner.click("#status-form button[data-status='DONE']");
            owner.await(d -> d.findElement(By.id("action-status")).getText().contains("Awaiting verification"));
            // A secretariat has no live stream of its own: it reads the page again.
            secretariat.driver().navigate().refresh();
            secretariat.click("#verify-form button[data-verdict='verify']");
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("تم التحقق"));
            secretariat.screenshot("ar-walk-verified");
        }
        JsonPath verified = actions().get("/actions/{id}", postAction).then().statusCode(200).extract().jsonPath();
        assertThat(verified.getString("status")).isEqualTo("DONE");
        assertThat(verified.getString("verification")).isEqualTo("VERIFIED");
        assertThat(awaitNotification(samer, "org.mutabaa.action.verified.v1").getString("language")).isEqualTo("en");
        JsonPath toLead = awaitNotification(suleiman, "org.mutabaa.action.verified.v1", postAction);
        assertThat(toLead.getString("language")).isEqualTo("ar");
        assertThat(toLead.getString("body")).contains("سامر داود");
    }

    /** An official of the organisation added to the directory through the API; returns their id. */
    private static String newOfficial(String organisationId, String nameAr, String nameEn, String titleAr, String titleEn,
                                      String language) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organisationId", organisationId, "nameAr", nameAr,
                "nameEn", nameEn, "titleAr", titleAr, "titleEn", titleEn, "preferredLanguage", language,
                "timeZone", "Asia/Damascus"));
        return meetings().contentType("application/json").body(body).post("/officials").then().statusCode(201)
                .extract().jsonPath().getString("id");
    }

    /**
     * Submits the form until the page shows it was accepted: actions-service learns of a new official
     * from the directory's events, and until it has, the console shows the refusal it gives.
     */
    private static void submitUntilAccepted(Browser browser, String form,
                                            java.util.function.Function<org.openqa.selenium.chrome.ChromeDriver, Boolean> accepted) {
        await().atMost(java.time.Duration.ofMinutes(1)).pollInterval(java.time.Duration.ofSeconds(2)).until(() -> {
            browser.click(form + " button[type='submit']");
            browser.await(d -> accepted.apply(d) || d.findElements(By.cssSelector(form + " .form-alert")).stream()
                    .anyMatch(WebElement::isDisplayed));
            return accepted.apply(browser.driver());
        });
    }

    /** The official's newest notification of this type (about this action, when given), once stored. */
    private static JsonPath awaitNotification(String officialId, String type, String... actionId) {
        return await().atMost(java.time.Duration.ofMinutes(1)).until(() -> {
            JsonPath page = notifications().queryParam("recipientId", officialId).queryParam("size", 100)
                    .get("/notifications").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (type.equals(items.get(i).get("eventType"))
                        && (actionId.length == 0 || actionId[0].equals(items.get(i).get("actionId")))) {
                    return page.setRootPath("items[" + i + "]");
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    /**
     * Fills the meeting form: held at a wall time in Damascus, by two delegations, each given as its
     * organisation then its officials (the first heads it).
     */
    private static void heldInDamascus(Browser browser, WebElement form, String startsAt, List<String> first,
                                       List<String> second) {
        browser.script("arguments[0].value = arguments[1]", form.findElement(By.name("startsAt")), startsAt);
        new Select(form.findElement(By.name("timeZone"))).selectByValue("Asia/Damascus");
        new Select(form.findElement(By.name("status"))).selectByValue("HELD");
        List<List<String>> delegations = List.of(first, second);
        for (int d = 0; d < delegations.size(); d++) {
            List<String> delegation = delegations.get(d);
            new Select(form.findElement(By.name("delegations[" + d + "].organisationId"))).selectByValue(delegation.get(0));
            for (int p = 1; p < delegation.size(); p++) {
                if (p > 1) {
                    form.findElements(By.cssSelector("fieldset.delegation-form")).get(d)
                            .findElement(By.cssSelector("button.add-participant")).click();
                }
                new Select(form.findElement(By.name("delegations[" + d + "].participants[" + (p - 1) + "].officialId")))
                        .selectByValue(delegation.get(p));
            }
        }
    }

    /** Adds an official of the organisation through its page; returns the id the directory gave them. */
    private static String addOfficial(Browser browser, String organisationId, String nameAr, String titleAr) {
        browser.go("#/organisations/" + organisationId);
        browser.type("#official-form", "nameAr", nameAr);
        browser.type("#official-form", "titleAr", titleAr);
        browser.type("#official-form", "email", "official" + ThreadLocalRandom.current().nextInt(1000, 9999) + "@post.example.sy");
        browser.click("#official-form button[type='submit']");
        browser.await(d -> d.findElement(By.cssSelector("ul.officials")).getText().contains(nameAr));
        return meetings().queryParam("organisationId", organisationId).queryParam("size", 200).get("/officials").then()
                .extract().jsonPath().getString("items.find { it.nameAr == '" + nameAr + "' }.id");
    }

    /** A decision of the seed meeting recorded and adopted through the API; returns its id. */
    private static String adoptedDecision(Map<String, Object> body) {
        String id = meetings().contentType("application/json").body(body).post("/meetings/{id}/decisions", seed.meetingId())
                .then().statusCode(201).extract().jsonPath().getString("id");
        meetings().post("/decisions/{id}/adopt", id).then().statusCode(200);
        return id;
    }

    /** The first action of the decision, once actions-service has made it. */
    private static String actionOf(String decisionId) {
        return await().atMost(java.time.Duration.ofMinutes(1)).until(() -> actions().queryParam("decisionId", decisionId)
                .get("/actions").then().statusCode(200).extract().jsonPath().getString("items[0].id"), java.util.Objects::nonNull);
    }

    @Test
    @Order(7)
    void anOfficialChoosesHowSheIsToldInEnglish() {
        String suleiman = seed.officialIds().get("suleiman");
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.go("");
            browser.awaitElement("button.person");
            browser.driver().findElement(By.id("switch-language")).click();
            browser.await(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
            signInAs(browser, suleiman);
            JsonPath before = notifications().get("/preferences/{id}", suleiman).then().statusCode(200).extract().jsonPath();
            // A kind not listed goes to every channel.
            List<String> created = before.get("channels.ACTION_CREATED") == null ? null
                    : before.getList("channels.ACTION_CREATED", String.class);
            List<String> allChannels = List.of("IN_APP", "EMAIL", "WEBHOOK");
            List<String> expected = new ArrayList<>(created == null ? allChannels : created);
            boolean hadEmail = expected.remove("EMAIL");
            if (!hadEmail) {
                expected.add("EMAIL");
            }
            String digitsBefore = before.getString("digits") == null ? "WESTERN" : before.getString("digits");
            browser.go("#/preferences");
            browser.awaitElement("#preferences-form");
            browser.click("#preferences-form input[name='channels.ACTION_CREATED'][value='EMAIL']");
            new Select(browser.awaitElement("#preferences-form select[name='digits']")).selectByValue("ARABIC_INDIC");
            browser.screenshot("en-preferences");
            browser.click("#preferences-form button[type='submit']");
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> notifications().get("/preferences/{id}", suleiman)
                    .then().statusCode(200).extract().jsonPath().getString("digits"), "ARABIC_INDIC"::equals);
            JsonPath chosen = notifications().get("/preferences/{id}", suleiman).then().extract().jsonPath();
            assertThat(chosen.getList("channels.ACTION_CREATED", String.class)).containsExactlyInAnyOrderElementsOf(expected);
            List<String> overdue = before.get("channels.ACTION_OVERDUE") == null ? null
                    : before.getList("channels.ACTION_OVERDUE", String.class);
            assertThat(chosen.getList("channels.ACTION_OVERDUE", String.class))
                    .containsExactlyInAnyOrderElementsOf(overdue == null ? allChannels : overdue);
            // Back as she was.
            browser.awaitElement("#preferences-form");
            browser.click("#preferences-form input[name='channels.ACTION_CREATED'][value='EMAIL']");
            new Select(browser.awaitElement("#preferences-form select[name='digits']")).selectByValue(digitsBefore);
            browser.click("#preferences-form button[type='submit']");
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> notifications().get("/preferences/{id}", suleiman)
                    .then().extract().jsonPath().getString("digits"), digitsBefore::equals);
            assertThat(notifications().get("/preferences/{id}", suleiman).then().extract().jsonPath()
                    .getList("channels.ACTION_CREATED", String.class))
                    .containsExactlyInAnyOrderElementsOf(created == null ? allChannels : created);
        }
    }

    private static long awaitUnread(String official, long expected) {
        return await().atMost(java.time.Duration.ofMinutes(1)).until(() -> notifications().queryParam("recipientId", official).get("/notifications/unread-count")
                .then().statusCode(200).extract().jsonPath().getLong("unread"), n -> n == expected);
    }

    /**
     * The Omani company that owns an action of the seed meeting has its follow-up office named by
     * address, with no account here. The office's mail carries a link; in Chromium, at phone width, in
     * Arabic and then English, it reports progress, attaches evidence and marks the action done. The
     * Syrian secretariat sees the link and what was done through it, and verifies the action; the link
     * then refuses further changes.
     */
    @Test
    @Order(9)
    void aCounterpartWithNoAccountWorksTheActionThroughTheLinkInItsMail() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999));
        String address = "followup-" + suffix + "@omanbroadband.example.om";
        String action = omaniAction(suffix, address, "تزويد الجانب السوري بخطة الربط عبر الكابل البحري " + suffix,
                "Send the Syrian side the plan for the submarine cable link " + suffix);
        String link = linkMailedTo(address, action);

        try (Browser office = Browser.open(console, 1280, 900)) {
            office.phoneWidth(true);
            office.driver().get(link);
            office.awaitElement("#action-title");
            linkPage(office, "ar", "link");
            assertThat(office.awaitElement("#decision-text").getText())
                    .isEqualTo("تزويد الجانب السوري بخطة الربط عبر الكابل البحري " + suffix);
            assertThat(office.awaitElement("#link-person").getText()).contains("سالم الحارثي");
            assertThat(office.awaitElement("#action-due").getText()).contains("31 مارس 2027");

            office.type("#progress-form", "percent", "60");
            office.type("#progress-form", "text", "أُنجزت دراسة المسار وبقي اعتماد الخطة");
            office.click("#progress-form button[type='submit']");
            office.await(d -> d.findElement(By.id("action-status")).getText().contains("قيد التنفيذ"));
            office.type("#evidence-form", "url", "https://omanbroadband.example.om/cable-plan.pdf");
            office.type("#evidence-form", "title", "خطة الربط عبر الكابل البحري");
            office.click("#evidence-form button[type='submit']");
            office.await(d -> d.findElement(By.cssSelector("ul.evidence")).getText().contains("خطة الربط عبر الكابل البحري"));

            office.click("#switch-language");
            linkPage(office, "en", "link");
            assertThat(office.awaitElement("#link-person").getText()).contains("Salim Al Harthy")
                    .contains("without an account");
            office.click("#status-form button[data-status='DONE']");
            office.await(d -> d.findElement(By.id("action-status")).getText().contains("Awaiting verification"));
            assertThat(office.awaitElement("ol.history").getText()).contains("Through the action link: Salim Al Harthy");
        }
        JsonPath done = actions().get("/actions/{id}", action).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("progress")).isEqualTo(100);

        try (Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(secretariat);
            secretariat.go("#/actions/" + action);
            WebElement links = secretariat.awaitElement("#links");
            assertThat(links.getText()).contains(address).contains("يعمل").contains("آخر استعمال");
            assertThat(secretariat.awaitElement("ol.history").getText()).contains("عبر رابط المهمة: سالم الحارثي");
            secretariat.click("#verify-form button[data-verdict='verify']");
            secretariat.await(d -> d.findElement(By.id("action-status")).getText().contains("تم التحقق"));
        }

        try (Browser office = Browser.open(console, 390, 844)) {
            office.driver().get(link);
            refusedPage(office, "CLOSED", "link-closed");
        }
        assertThat(withLink(link).contentType("application/json").body(Map.of("text", "تعليق بعد الإغلاق"))
                .post("/action-links/action/comments").then().statusCode(403).extract().jsonPath()
                .getString("errors[0].message")).isEqualTo("CLOSED");
        assertThat(actions().get("/actions/{id}/comments", action).then().extract().jsonPath().getList("items")).isEmpty();
    }

    /** A forged, expired or revoked link is a plain page in both languages, and changes nothing. */
    @Test
    @Order(10)
    void aForgedExpiredOrRevokedLinkIsRefusedWithNothingChanged() throws Exception {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999));
        String address = "followup-" + suffix + "@omanbroadband.example.om";
        String action = omaniAction(suffix, address, "تدريب فريق العمل السوري على إدارة مراكز البيانات " + suffix,
                "Train the Syrian team in running data centres " + suffix);
        String link = linkMailedTo(address, action);
        String base = link.substring(0, link.indexOf('#') + 1);
        String linkId = actions().get("/actions/{id}/links", action).then().statusCode(200).extract().jsonPath()
                .getString("[0].id");
        byte[] key = java.util.Base64.getDecoder().decode(TestInfra.tokens().env().get("MUTABAA_ACTIONS_LINKS_KEY"));
        byte[] otherKey = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKey);
        String forged = base + signedLink(otherKey, linkId, java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
        String expired = base + signedLink(key, linkId, java.time.Instant.now().minus(java.time.Duration.ofMinutes(1)));

        try (Browser office = Browser.open(console, 390, 844)) {
            office.driver().get(forged);
            refusedPage(office, "INVALID", "link-forged");
            office.driver().get(expired);
            office.driver().navigate().refresh();
            refusedPage(office, "EXPIRED", "link-expired");
        }
        for (String refused : List.of(forged, expired)) {
            assertThat(withLink(refused).contentType("application/json").body(Map.of("percent", 80))
                    .post("/action-links/action/progress").then().statusCode(403).extract().jsonPath()
                    .getString("errors[0].field")).isEqualTo("link");
        }

        try (Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(secretariat);
            secretariat.go("#/actions/" + action);
            secretariat.awaitElement("#links li[data-state='LIVE']");
            secretariat.script("window.confirm = () => true");
            secretariat.click("#links button.revoke-link");
            secretariat.awaitElement("#links li[data-state='REVOKED']");
        }
        try (Browser office = Browser.open(console, 390, 844)) {
            office.driver().get(link);
            refusedPage(office, "REVOKED", "link-revoked");
        }
        assertThat(withLink(link).contentType("application/json").body(Map.of("status", "DONE", "reason", "أُنجز"))
                .post("/action-links/action/status").then().statusCode(403).extract().jsonPath()
                .getString("errors[0].message")).isEqualTo("REVOKED");

        JsonPath unchanged = actions().get("/actions/{id}", action).then().statusCode(200).extract().jsonPath();
        assertThat(unchanged.getString("status")).isEqualTo("OPEN");
        assertThat(unchanged.getInt("progress")).isZero();
        assertThat(actions().get("/actions/{id}/progress", action).then().extract().jsonPath().getList("items")).isEmpty();
    }

    /**
     * The Syrian ministry's secretariat reads its report of the quarter under way: the printable page
     * (Arabic first, right to left) and the chart, in Arabic and English at desktop and phone width,
     * then downloads the PDF and the spreadsheet. Its screenshot is the README's.
     */
    @Test
    @Order(11)
    void aSecretariatPreviewsAndDownloadsItsReport() {
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        String quarter = today.getYear() + "-Q" + today.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR);
        String nameAr = meetings().get("/organisations/{id}", syMinistry).then().statusCode(200).extract().jsonPath()
                .getString("nameAr");
        String hash = "#/reports/" + syMinistry + "/" + quarter;
        try (Browser secretariat = Browser.open(console, 1280, 900)) {
            signInAsSecretariat(secretariat);
            page(secretariat, "ar", "reports", hash, "#report-frame");
            String report = (String) secretariat.script("return document.getElementById('report-frame').srcdoc");
            assertThat(report).contains("<html lang=\"ar\" dir=\"rtl\"").contains("تقرير المتابعة: " + nameAr)
                    .contains("الخلاصة").contains(seedDecisionText());
            assertThat((Boolean) secretariat.script("const i = document.getElementById('report-chart');"
                    + " return i.complete && i.naturalWidth > 0;")).isTrue();
            // The README's picture: the report as previewed.
            secretariat.script("document.getElementById('report-preview').scrollIntoView()");
            secretariat.screenshot("ar-report-preview");

            secretariat.click("#download-csv");
            String csv = secretariat.downloaded("report-" + syMinistry + "-" + quarter + ".csv");
            assertThat(csv).startsWith("\uFEFF\"القرار\",\"Decision\"").contains(seedDecisionText());
            secretariat.click("#download-pdf");
            byte[] pdf = secretariat.downloadedBytes("report-" + syMinistry + "-" + quarter + ".pdf");
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            secretariat.click("#switch-language");
            page(secretariat, "en", "reports", hash, "#report-frame");
            assertThat(secretariat.awaitElement("#download-pdf").getText()).isEqualTo("Download PDF");
        }
    }

    /** The Arabic text of the seed meeting's first decision. */
    private static String seedDecisionText() {
        return meetings().get("/decisions/{id}", seed.decisionIds().get(0)).then().statusCode(200).extract().jsonPath()
                .getString("textAr");
    }

    /**
     * The action of a decision of the seed meeting, due on 31 March 2027, owned by an Omani company
     * whose follow-up office is named by address.
     */
    private static String omaniAction(String suffix, String address, String textAr, String textEn) {
        String company = omaniCompanyWithFollowUpOffice(suffix, address);
        return actionOf(adoptedDecision(Map.of("agendaItem", 2, "type", "COMMITMENT", "authoritativeLanguage", "ar",
                "textAr", textAr, "textEn", textEn, "dueDate", "2027-03-31", "ownerOrganisationIds", List.of(company))));
    }

    /** An Omani company, recorded in the directory, whose follow-up office is named by address (reads Arabic). */
    private static String omaniCompanyWithFollowUpOffice(String suffix, String address) {
        String company = meetings().contentType("application/json").body(Map.of("kind", "COMPANY", "countryCode", "OM",
                        "nameAr", "الشركة العمانية للنطاق العريض " + suffix, "nameEn", "Oman Broadband Company " + suffix))
                .post("/organisations").then().statusCode(201).extract().jsonPath().getString("id");
        actions().contentType("application/json").body(Map.of("focalPointIds", List.of(), "addresses", List.of(Map.of(
                        "email", address, "nameAr", "سالم الحارثي", "nameEn", "Salim Al Harthy", "preferredLanguage", "ar"))))
                .put("/organisations/{id}/focal-points", company).then().statusCode(200);
        return company;
    }

    /** The signed link in the Arabic mail the office received about the action. */
    private static String linkMailedTo(String address, String action) {
        var mail = await().atMost(java.time.Duration.ofMinutes(1)).until(() -> SuiteExtension.mail().received().stream()
                .filter(m -> m.to().equals(address) && m.text().contains(action)).findFirst().orElse(null),
                java.util.Objects::nonNull);
        assertThat(mail.text()).startsWith("سالم الحارثي،").contains("يفتح هذا الرابط هذه المهمة وحدها دون حساب");
        var found = java.util.regex.Pattern.compile("(http://\\S+/link\\.html#[A-Za-z0-9_.-]+)").matcher(mail.text());
        assertThat(found.find()).as("a signed link in: %s", mail.text()).isTrue();
        return found.group(1);
    }

    /** The actions API as the link's page calls it, with the link's token. */
    private static io.restassured.specification.RequestSpecification withLink(String link) {
        return io.restassured.RestAssured.given().baseUri(SuiteExtension.suite().actions().baseUri().toString())
                .header("Mutabaa-Link", link.substring(link.indexOf('#') + 1));
    }

    /** A link's token as actions-service signs one: the link's id and an expiry, under HMAC-SHA256. */
    private static String signedLink(byte[] key, String linkId, java.time.Instant expiresAt) throws Exception {
        java.util.UUID id = java.util.UUID.fromString(linkId);
        byte[] payload = java.nio.ByteBuffer.allocate(24).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond()).array();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        mac.update("mutabaa.action-link.v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(mac.doFinal(payload));
    }

    /** The link's page in a language: its direction, every control labelled, no sideways scroll on a phone. */
    private static void linkPage(Browser browser, String lang, String name) {
        browser.await(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        WebElement html = browser.driver().findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        assertThat(browser.awaitElement(".crumbs").getText()).isEqualTo(lang.equals("ar") ? "مهمة متابعة" : "Follow-up action");
        assertThat((Long) browser.script("return [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length")).isZero();
        assertThat(browser.overflowsSideways()).as("the link's page (%s) is wider than a phone", lang).isFalse();
        browser.screenshot(lang + "-phone-" + name);
    }

    /** A refused link: the reason in Arabic and English, and nothing of the action. */
    private static void refusedPage(Browser browser, String why, String name) {
        browser.awaitElement("[data-refused='" + why + "']");
        String text = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(text).contains("تعذّر فتح الرابط").contains("This link cannot be opened");
        assertThat(browser.driver().findElements(By.cssSelector("form, #action-title"))).isEmpty();
        assertThat(browser.overflowsSideways()).isFalse();
        browser.screenshot("ar-en-phone-" + name);
    }
}
