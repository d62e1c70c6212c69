package org.mutabaa.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.Topics;
import org.mutabaa.infra.testkit.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.mutabaa.e2e.SuiteExtension.actions;
import static org.mutabaa.e2e.SuiteExtension.meetings;
import static org.mutabaa.e2e.SuiteExtension.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end, across three processes and Kafka: the seed meeting is
 * recorded through the API exactly as {@code ./mutabaa up} does, each adopted decision becomes
 * one action per owner, and every official involved finds the right notifications in their
 * language. A redelivered decision event changes nothing.
 */
@ExtendWith(SuiteExtension.class)
class DecisionToNotificationsIT {

    static SeedLoader.Loaded seed;

    @BeforeAll
    static void loadSeed() {
        seed = new SeedLoader(SuiteExtension.suite().meetings().baseUri(), TestInfra.adminToken()).load();
    }

    @Test
    void everySeedDecisionBecomesOneActionPerOwnerAndEveryoneInvolvedIsTold() {
        assertThat(seed.decisionIds()).hasSize(5);
        for (String decision : seed.decisionIds()) {
            JsonPath adopted = meetings().get("/decisions/{id}", decision).then().statusCode(200).extract().jsonPath();
            assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
            List<String> owners = new java.util.ArrayList<>(adopted.getList("ownerIds"));
            owners.addAll(adopted.getList("ownerOrganisationIds"));
            List<String> actionOwners = awaitActions(decision, owners.size());
            assertThat(actionOwners).containsExactlyInAnyOrderElementsOf(owners);
        }
        // Syrian Telecom, whose outbound traffic the fourth decision is about, owns its follow-up too.
        assertThat(actionOwners(seed.decisionIds().get(3))).contains(seed.organisationIds().get("sy-telecom"));
        // Saeed al-Maawali (head of the Omani delegation, owner of decisions 1 and 4) reads Arabic.
        String maawali = seed.officialIds().get("maawali");
        List<JsonPath> inbox = awaitSeedInbox(maawali, 5 + 2);
        assertThat(inbox).allSatisfy(n -> {
            assertThat(n.getString("language")).isEqualTo("ar");
            assertThat(n.getString("direction")).isEqualTo("rtl");
        });
        assertThat(inbox).filteredOn(n -> n.getString("eventType").equals("org.mutabaa.decision.adopted.v1"))
                .hasSize(5);
        assertThat(inbox).filteredOn(n -> n.getString("eventType").equals("org.mutabaa.action.created.v1"))
                .hasSize(2)
                .anySatisfy(n -> assertThat(n.getString("body")).contains(
                        "طرح موضوع بأن تكون عُمان نقطة لعبور حركة الاتصالات الصادرة من سورية"));
        // The Omani undersecretary, known only by title, reads Arabic too: addressed by title.
        String undersecretary = seed.officialIds().get("om-undersecretary");
        List<JsonPath> theirs = awaitSeedInbox(undersecretary, 3 + 3);
        assertThat(theirs).allSatisfy(n -> assertThat(n.getString("language")).isEqualTo("ar"));
        assertThat(theirs.get(0).getString("body")).startsWith("وكيل وزارة النقل والاتّصالات");

        // The undersecretary works in Muscat: a due date given to their action is a date there.
        String action = actions().queryParam("ownerId", undersecretary).get("/actions")
                .then().statusCode(200).extract().path("items[0].id");
        actions().contentType("application/json").body(java.util.Map.of("dueDate", "2027-03-31"))
                .patch("/actions/{id}", action).then().statusCode(200)
                .body("timeZone", org.hamcrest.Matchers.equalTo("Asia/Muscat"))
                .body("overdueAt", org.hamcrest.Matchers.equalTo("2027-03-31T20:00:00Z"));
    }

    /**
     * An adopted decision's action items amended through meetings-service in every shape, one
     * after another: after each, actions-service holds one open action per item with the item's
     * text, owner and due date, and an item no longer there has its action cancelled.
     */
    @Test
    void amendedActionItemsReachTheActionsInEveryShape() {
        String suleiman = seed.officialIds().get("suleiman");
        String planning = seed.officialIds().get("planning-director");
        String nans = seed.officialIds().get("nans-dg");
        String first = "إعداد مسودة مذكرة التفاهم في مجال التخطيط الإستراتيجي";
        String second = "تسمية فريق العمل المشترك للحكومة الإلكترونية";
        String changed = first + " وعرضها على الجانب العماني";
        List<List<Map<String, Object>>> shapes = List.of(
                List.of(item(first, suleiman, "2027-03-31"), item(second, planning, "2027-04-30")),
                List.of(item(changed, suleiman, "2027-03-31"), item(second, planning, "2027-04-30")),   // text
                List.of(item(changed, suleiman, "2027-05-31"), item(second, planning, "2027-04-30")),   // due date
                List.of(item(changed, nans, "2027-05-31"), item(second, planning, "2027-04-30")),       // owner
                List.of(item(second, planning, "2027-04-30"), item(changed, nans, "2027-05-31")),       // reordered
                List.of(item(second, planning, "2027-04-30"), item(changed, nans, "2027-05-31"),
                        item(first, suleiman, "2027-06-30")),                                          // added
                List.of(item(second, planning, "2027-04-30")));                                       // removed
        Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "COMMITMENT",
                "textAr", "متابعة التعاون في مجال التخطيط الإستراتيجي", "agendaItem", 2,
                "ownerIds", List.of(suleiman), "actionItems", shapes.get(0)));
        String decision = meetings().contentType(ContentType.JSON).body(draft)
                .post("/meetings/{id}/decisions", seed.meetingId()).then().statusCode(201).extract().path("id");
        meetings().post("/decisions/{id}/adopt", decision).then().statusCode(200);
        awaitItems(decision, shapes.get(0), 0);

        int most = shapes.get(0).size();
        for (int n = 1; n < shapes.size(); n++) {
            draft.put("actionItems", shapes.get(n));
            meetings().contentType(ContentType.JSON).body(draft).put("/decisions/{id}", decision)
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("AMENDED"));
            most = Math.max(most, shapes.get(n).size());
            awaitItems(decision, shapes.get(n), most - shapes.get(n).size());
        }
    }

    private static Map<String, Object> item(String textAr, String ownerId, String dueDate) {
        return Map.of("textAr", textAr, "ownerId", ownerId, "dueDate", dueDate);
    }

    /** Waits until the decision's open actions are the items, position by position, and {@code cancelled} are cancelled. */
    private static void awaitItems(String decision, List<Map<String, Object>> items, int cancelled) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath page = actions().queryParam("decisionId", decision).get("/actions")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> all = page.getList("items");
            List<Map<String, Object>> open = all.stream().filter(a -> !"CANCELLED".equals(a.get("status")))
                    .sorted(java.util.Comparator.comparing(a -> (Integer) a.get("itemPosition"))).toList();
            assertThat(open).extracting(a -> (Object) a.get("titleAr"))
                    .containsExactlyElementsOf(items.stream().map(i -> (Object) i.get("textAr")).toList());
            assertThat(open).extracting(a -> (Object) ((Map<?, ?>) a.get("owner")).get("officialId"))
                    .containsExactlyElementsOf(items.stream().map(i -> (Object) i.get("ownerId")).toList());
            assertThat(open).extracting(a -> (Object) a.get("dueDate"))
                    .containsExactlyElementsOf(items.stream().map(i -> (Object) i.get("dueDate")).toList());
            assertThat(all.size() - open.size()).isEqualTo(cancelled);
        });
    }

    @Test
    void aDecisionWithTwoOwnersYieldsExactlyTwoActionsAndTheRightNotifications() {
        String khatib = seed.officialIds().get("khatib");
        String suleiman = seed.officialIds().get("suleiman");
        String planning = seed.officialIds().get("planning-director");
        String maawali = seed.officialIds().get("maawali");
        int khatibBefore = inbox(khatib).size();
        int maawaliBefore = inbox(maawali).size();

        String decision = recordAndAdopt(List.of(suleiman, planning), "تبادل الزيارات بين فريقي العمل قبل نهاية الربع الأول 🇸🇾🇴🇲");

        assertThat(awaitActions(decision, 2)).containsExactlyInAnyOrder(suleiman, planning);
        for (String owner : List.of(suleiman, planning)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(owner), decision).size() == 2);
            List<JsonPath> mine = forDecision(inbox(owner), decision);
            assertThat(mine).extracting(n -> n.getString("eventType")).containsExactlyInAnyOrder(
                    "org.mutabaa.decision.adopted.v1", "org.mutabaa.action.created.v1");
            assertThat(mine).allSatisfy(n -> assertThat(n.getString("body"))
                    .contains("تبادل الزيارات بين فريقي العمل قبل نهاية الربع الأول 🇸🇾🇴🇲"));
        }
        // Both heads of delegation are told of the decision once, and of no action.
        for (String head : List.of(khatib, maawali)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(head), decision).size() == 1);
            assertThat(forDecision(inbox(head), decision).get(0).getString("reason")).isEqualTo("HEAD_OF_DELEGATION");
        }
        assertThat(inbox(khatib)).hasSize(khatibBefore + 1);
        assertThat(inbox(maawali)).hasSize(maawaliBefore + 1);
    }

    @Test
    void anOfficialWithAnEmailAddressIsMailedInTheirLanguage() {
        String organisation = meetings().get("/officials/{id}", seed.officialIds().get("nans-dg"))
                .then().statusCode(200).extract().path("organisationId");
        String expert = meetings().contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "nameAr", "رنا الحسن", "nameEn", "Rana al-Hassan",
                        "titleAr", "مديرة أمن المعلومات", "email", "rana.alhassan@nans.example.sy",
                        "preferredLanguage", "ar", "timeZone", "Asia/Damascus"))
                .post("/officials").then().statusCode(201).extract().path("id");
        String decision = recordAndAdopt(List.of(expert), "إعداد برنامج تدريب تخصصي في أمن المعلومات لفريق العمل");

        List<MailServer.Mail> mails = await().atMost(Duration.ofSeconds(60)).until(
                () -> SuiteExtension.mail().received().stream()
                        .filter(m -> m.to().equals("rana.alhassan@nans.example.sy")).toList(),
                m -> m.size() == 2);
        MailServer.Mail adopted = mails.stream().filter(m -> m.text().contains(decision)).findFirst().orElseThrow();
        assertThat(adopted.subject()).startsWith("قرار معتمد بانتظار متابعتك");
        assertThat(adopted.text()).startsWith("رنا الحسن،")
                .contains("إعداد برنامج تدريب تخصصي في أمن المعلومات لفريق العمل");
        assertThat(adopted.html()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(mails).extracting(MailServer.Mail::subject).contains("مهمة متابعة جديدة مسندة إليك");
        notifications().queryParam("recipientId", expert).queryParam("channel", "EMAIL").get("/deliveries")
                .then().statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("SENT")));
    }

    @Test
    void theSameDecisionEventDeliveredTwiceChangesNothing() {
        String suleiman = seed.officialIds().get("suleiman");
        String nansDg = seed.officialIds().get("nans-dg");
        String decision = recordAndAdopt(List.of(suleiman, nansDg), "تدريب تخصصي في مجال أمن المعلومات");
        awaitActions(decision, 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(nansDg), decision).size() == 2);
        String bootstrap = TestInfra.endpoints().bootstrapServers();
        ConsumerRecord<String, String> published = TopicReader.readAll(bootstrap, Topics.MEETINGS_DECISIONS).stream()
                .filter(r -> decision.equals(r.key())).findFirst().orElseThrow();
        Map<String, List<String>> notificationsBefore = notificationIds(List.of(suleiman, nansDg));

        TopicReader.write(bootstrap, Topics.MEETINGS_DECISIONS, published.key(), published.value(),
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
        // A decision adopted afterwards (same key order is not needed: both consumers are
        // single-threaded per partition, so wait for the marker in both services).
        String marker = recordAndAdopt(List.of(suleiman, nansDg), "علامة");
        awaitActions(marker, 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(nansDg), marker).size() == 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(suleiman), marker).size() == 2);

        assertThat(actionOwners(decision)).hasSize(2);
        Map<String, List<String>> notificationsAfter = notificationIds(List.of(suleiman, nansDg));
        for (String official : List.of(suleiman, nansDg)) {
            List<String> withoutMarker = notificationsAfter.get(official).stream()
                    .filter(id -> !notificationsBefore.get(official).contains(id)).toList();
            assertThat(withoutMarker).as("new notifications for %s besides the marker's", official).hasSize(2);
        }
        assertThat(TopicReader.readAll(bootstrap, Topics.ACTIONS_LIFECYCLE).stream()
                .filter(r -> r.value().contains(decision)).count()).isEqualTo(2);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        int before = meetings().get("/meetings/{id}/decisions", seed.meetingId()).then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        meetings().contentType(ContentType.JSON)
                .body(Map.of("type", "AGREEMENT", "textAr", "نص", "ownerIds", List.of("not-a-uuid")))
                .post("/meetings/{id}/decisions", seed.meetingId())
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(meetings().get("/meetings/{id}/decisions", seed.meetingId()).then().extract().jsonPath()
                .getList("items")).hasSize(before);
    }

    @Test
    void aConfidentialMeetingStaysWithItsPeopleAcrossTheSuite() {
        String khatib = seed.officialIds().get("khatib");
        String maawali = seed.officialIds().get("maawali");
        String nansDg = seed.officialIds().get("nans-dg");
        String suleiman = seed.officialIds().get("suleiman");
        String syMinistry = organisationOf(khatib);
        String omMinistry = organisationOf(maawali);
        String sySecretariat = TestInfra.token(java.util.UUID.randomUUID().toString(), syMinistry, "secretariat");
        String omSecretariat = TestInfra.token(java.util.UUID.randomUUID().toString(), omMinistry, "secretariat");

        // The Syrian ministry's secretariat records a confidential meeting and adopts one decision.
        Map<String, Object> meeting = new java.util.LinkedHashMap<>();
        meeting.put("titleAr", "اجتماع مغلق حول حماية البنية التحتية للاتصالات");
        meeting.put("kind", "BILATERAL");
        meeting.put("modality", "VIRTUAL");
        meeting.put("startsAt", "2026-11-28T11:00:00+03:00");
        meeting.put("timeZone", "Asia/Damascus");
        meeting.put("classification", "CONFIDENTIAL");
        meeting.put("status", "HELD");
        meeting.put("delegations", List.of(
                Map.of("countryCode", "SY", "organisationId", syMinistry,
                        "participants", List.of(Map.of("officialId", khatib, "role", "HEAD"))),
                Map.of("countryCode", "OM", "organisationId", omMinistry,
                        "participants", List.of(Map.of("officialId", maawali, "role", "HEAD")))));
        String confidential = meetings().auth().oauth2(sySecretariat).contentType(ContentType.JSON).body(meeting)
                .post("/meetings").then().statusCode(201).extract().path("id");
        String text = "تقييم نقاط الضعف في الشبكة الوطنية قبل الربط مع عُمان";
        String decision = meetings().auth().oauth2(sySecretariat).contentType(ContentType.JSON)
                .body(Map.of("type", "COMMITMENT", "textAr", text, "ownerIds", List.of(nansDg)))
                .post("/meetings/{id}/decisions", confidential).then().statusCode(201).extract().path("id");
        meetings().auth().oauth2(sySecretariat).post("/decisions/{id}/adopt", decision).then().statusCode(200);
        awaitActions(decision, 1);
        String action = actions().queryParam("decisionId", decision).get("/actions").then().extract().path("items[0].id");

        // Its people: the recording secretariat, the owner, the Omani head of delegation.
        actions().auth().oauth2(sySecretariat).get("/actions/{id}", action).then().statusCode(200);
        actions().auth().oauth2(TestInfra.token(nansDg, null, "official")).get("/actions/{id}", action)
                .then().statusCode(200);
        actions().auth().oauth2(TestInfra.token(maawali, omMinistry, "official")).get("/actions/{id}", action)
                .then().statusCode(200);
        meetings().auth().oauth2(TestInfra.token(nansDg, null, "official")).get("/decisions/{id}", decision)
                .then().statusCode(200).body("textAr", org.hamcrest.Matchers.equalTo(text));

        // Nobody else: the Omani secretariat, an official not there, even in counts.
        meetings().auth().oauth2(omSecretariat).get("/meetings/{id}", confidential).then().statusCode(404);
        actions().auth().oauth2(omSecretariat).get("/actions/{id}", action).then().statusCode(404);
        actions().auth().oauth2(omSecretariat).queryParam("meetingId", confidential).get("/actions").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        actions().auth().oauth2(omSecretariat).queryParam("meetingId", confidential).get("/dashboard/meetings")
                .then().statusCode(200).body("", org.hamcrest.Matchers.empty());
        actions().auth().oauth2(TestInfra.token(suleiman, null, "official")).get("/actions/{id}", action)
                .then().statusCode(404);
        await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(nansDg), decision).size() == 2);
        assertThat(forDecision(inbox(nansDg), decision)).noneMatch(n -> n.getString("body").contains(text));
        assertThat(forDecision(inbox(suleiman), decision)).isEmpty();
    }

    @Test
    void oneTraceFollowsADecisionFromTheRequestThroughKafkaToTheActionAndEachNotification() {
        String planning = seed.officialIds().get("planning-director");
        String traceId = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        String decision = meetings().contentType(ContentType.JSON)
                .body(Map.of("type", "COMMITMENT", "textAr", "إعداد خطة الربط الشبكي مع عُمان", "ownerIds", List.of(planning)))
                .post("/meetings/{id}/decisions", seed.meetingId()).then().statusCode(201).extract().path("id");
        // The secretariat's console starts the trace: adopting the decision is one request.
        meetings().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .post("/decisions/{id}/adopt", decision).then().statusCode(200);

        // meetings-service → meetings.decisions → notifications-service (the decision), and
        // meetings-service → actions-service → actions.lifecycle → notifications-service (the action).
        await().atMost(Duration.ofSeconds(60)).until(() -> forDecision(inbox(planning), decision).size() == 2);
        assertThat(forDecision(inbox(planning), decision))
                .extracting(n -> n.getString("eventType"), n -> n.getString("traceId"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("org.mutabaa.decision.adopted.v1", traceId),
                        org.assertj.core.groups.Tuple.tuple("org.mutabaa.action.created.v1", traceId));
        // The events on both topics carry the same trace.
        String bootstrap = TestInfra.endpoints().bootstrapServers();
        assertThat(TopicReader.readAll(bootstrap, Topics.MEETINGS_DECISIONS).stream()
                .filter(r -> decision.equals(r.key())).findFirst().orElseThrow().value()).contains(traceId);
        assertThat(TopicReader.readAll(bootstrap, Topics.ACTIONS_LIFECYCLE).stream()
                .filter(r -> r.value().contains(decision)).findFirst().orElseThrow().value()).contains(traceId);
        // notifications-service's JSON log says what it did, with the trace and span ids.
        List<com.fasterxml.jackson.databind.JsonNode> traced = new ArrayList<>();
        for (String line : readLines(SuiteExtension.LOGS.resolve("notifications-service.log"))) {
            if (line.startsWith("{") && line.contains(traceId)) {
                traced.add(parse(line));
            }
        }
        assertThat(traced).extracting(j -> j.path("message").asText())
                .anySatisfy(m -> assertThat(m).startsWith("org.mutabaa.decision.adopted.v1").contains("told 3 official(s)"))
                .anySatisfy(m -> assertThat(m).startsWith("org.mutabaa.action.created.v1"));
        assertThat(traced).allSatisfy(j -> {
            assertThat(j.path("mdc").path("traceId").asText()).isEqualTo(traceId);
            assertThat(j.path("mdc").path("spanId").asText()).hasSize(16);
        });
    }

    static List<String> readLines(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String organisationOf(String official) {
        return meetings().get("/officials/{id}", official).then().statusCode(200).extract().path("organisationId");
    }

    // --- helpers

    static String recordAndAdopt(List<String> owners, String textAr) {
        String decision = meetings().contentType(ContentType.JSON)
                .body(Map.of("type", "COMMITMENT", "textAr", textAr, "agendaItem", 2, "dueDate", "2027-06-30",
                        "ownerIds", owners))
                .post("/meetings/{id}/decisions", seed.meetingId())
                .then().statusCode(201).extract().path("id");
        meetings().post("/decisions/{id}/adopt", decision).then().statusCode(200);
        return decision;
    }

    static List<String> awaitActions(String decision, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> actionOwners(decision).size() >= count);
        return actionOwners(decision);
    }

    static List<String> actionOwners(String decision) {
        return actions().queryParam("decisionId", decision).get("/actions")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.collect { it.owner.officialId ?: it.owner.organisationId }");
    }

    /** The official's notifications about the seed's decisions, once there are {@code count}. */
    static List<JsonPath> awaitSeedInbox(String official, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> seedInbox(official).size() >= count);
        List<JsonPath> inbox = seedInbox(official);
        assertThat(inbox).hasSize(count);
        return inbox;
    }

    static List<JsonPath> seedInbox(String official) {
        return inbox(official).stream().filter(n -> seed.decisionIds().contains(n.getString("decisionId"))).toList();
    }

    static List<JsonPath> inbox(String official) {
        JsonPath page = notifications().queryParam("recipientId", official).queryParam("size", 200)
                .get("/notifications").then().statusCode(200).extract().jsonPath();
        List<JsonPath> items = new ArrayList<>();
        for (int i = 0; i < page.getList("items").size(); i++) {
            items.add(new JsonPath(page.prettify()).setRootPath("items[" + i + "]"));
        }
        return items;
    }

    static List<JsonPath> forDecision(List<JsonPath> inbox, String decision) {
        return inbox.stream().filter(n -> decision.equals(n.getString("decisionId"))).toList();
    }

    static Map<String, List<String>> notificationIds(List<String> officials) {
        return officials.stream().collect(Collectors.toMap(o -> o,
                o -> inbox(o).stream().map(n -> n.getString("id")).toList()));
    }
}
