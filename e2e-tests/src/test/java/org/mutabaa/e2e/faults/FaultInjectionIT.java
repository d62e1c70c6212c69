package org.mutabaa.e2e.faults;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mutabaa.infra.testkit.DecisionStream;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.infra.Topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults injected while a stream of decisions goes through the packaged suite: the broker, each
 * service and PostgreSQL killed or restarted, events delivered twice and out of order, poison
 * records, a consumer group rebalance and an SMTP server away. After each stream every decision
 * must have produced exactly its actions and notifications (and mails): none missing, none
 * doubled. The counts are printed and written to {@code target/fault-injection.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    /** The seed's own words: the Syrian side asked to learn from the Omani side's experience. */
    static final String TEXT = "الجانب السوري طلب من الجانب العماني التعاون بهدف نقل الخبرة المتقدمة";
    static final Duration SETTLE = Duration.ofSeconds(180);

    static FaultSuite suite;
    static Outcome outcome;
    static final Map<String, String> REPORT = Collections.synchronizedMap(new LinkedHashMap<>());
    static final List<String> ROWS = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        suite = new FaultSuite();
        outcome = new Outcome(suite, TestInfra.adminToken(),
                List.of(suite.official().apply("khatib"), suite.official().apply("maawali")));
    }

    @AfterAll
    static void stop() throws IOException {
        String table = "| fault | decisions | events | faults injected | lost | duplicated | notes |\n"
                + "|---|---|---|---|---|---|---|\n" + String.join("\n", ROWS) + "\n";
        System.out.println("Fault injection:\n" + table);
        Path report = FaultSuite.ROOT.resolve("e2e-tests/target/fault-injection.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table, StandardCharsets.UTF_8);
        if (suite != null) {
            suite.close();
        }
    }

    static List<String> owners() {
        return List.of("suleiman", "planning-director", "nans-dg", "om-undersecretary").stream()
                .map(suite.official()).toList();
    }

    static DecisionStream stream(List<String> owners) {
        return new DecisionStream(suite.service("meetings").baseUri(), TestInfra.adminToken(),
                suite.seed.meetingId(), owners, 2, TEXT, Duration.ofMinutes(3));
    }

    /** A stream of decisions going on in the background while a fault is injected. */
    static final class Running {
        final DecisionStream decisions;
        private final AtomicInteger accepted = new AtomicInteger();
        private final CompletableFuture<List<DecisionStream.Issued>> issued;

        Running(DecisionStream decisions, int count, double perSecond) {
            this.decisions = decisions;
            this.issued = CompletableFuture.supplyAsync(
                    () -> decisions.run(count, perSecond, 16, d -> accepted.incrementAndGet()));
        }

        /** Waits until the API has accepted {@code n} decisions of the stream in all. */
        void awaitAccepted(int n) {
            await().atMost(Duration.ofMinutes(3)).until(() -> accepted.get() >= n || issued.isDone());
            assertThat(accepted.get()).as("the stream went on").isGreaterThanOrEqualTo(n);
        }

        /** Every decision of the stream, once the last one was accepted. */
        List<DecisionStream.Issued> finish() {
            return issued.orTimeout(5, TimeUnit.MINUTES).join();
        }

        /** Issues no more decisions; every decision accepted so far. */
        List<DecisionStream.Issued> stop() {
            decisions.stop();
            return finish();
        }
    }

    static Running running(int count, double perSecond) {
        return new Running(stream(owners()), count, perSecond);
    }

    /**
     * Waits until every outbox is empty, every consumer group has committed all it read and the
     * stream's outcome is complete, then checks it is exact and reports it.
     */
    static Outcome.Tally settleAndCheck(String fault, List<DecisionStream.Issued> issued, String faults,
                                        String notes) {
        Outcome.Tally tally = settle(issued);
        int events = issued.size() + issued.stream().mapToInt(d -> d.ownerIds().size()).sum();
        ROWS.add("| " + fault + " | " + issued.size() + " | " + events + " | " + faults + " | " + tally.missing()
                + " | " + tally.duplicated() + " | " + notes + " |");
        assertThat(tally.examples()).as(fault).isEmpty();
        assertThat(tally.missing()).as("lost").isZero();
        assertThat(tally.duplicated()).as("duplicated").isZero();
        assertThat(tally.expected()).isEqualTo(issued.size() * (2 + 2 + 2 + 2));
        return tally;
    }

    static Outcome.Tally settle(List<DecisionStream.Issued> issued) {
        return await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() ->
                        suite.unpublished("meetings") == 0 && suite.unpublished("actions") == 0 && suite.lag() == 0
                                ? outcome.of(issued) : null,
                tally -> tally != null && tally.complete());
    }

    @Test
    @Order(1)
    void theBrokerKilledMidStreamAndRestarted() {
        Running stream = running(150, 20);
        stream.awaitAccepted(40);
        // Decisions go on being recorded and adopted while the broker is away: they wait in the outbox.
        suite.infra.killKafka(() -> stream.awaitAccepted(80));
        List<DecisionStream.Issued> issued = stream.finish();
        settleAndCheck("Kafka broker kill -9, restarted after 40 more decisions", issued, "1", "");
    }

    @Test
    @Order(2)
    void meetingsServiceKilledBetweenCommitAndPublish() {
        killMidStream("meetings", () -> suite.unpublished("meetings") > 0,
                Map.of("committed, not published", () -> suite.unpublished("meetings")));
    }

    @Test
    @Order(3)
    void actionsServiceKilledBetweenConsumeAndCommitAndBetweenCommitAndPublish() {
        killMidStream("actions", () -> suite.unpublished("actions") > 0, Map.of(
                "processed, offset not committed", () -> suite.processedNotCommitted("actions", Topics.MEETINGS_DECISIONS),
                "committed, not published", () -> suite.unpublished("actions")));
    }

    @Test
    @Order(4)
    void notificationsServiceKilledBetweenConsumeAndCommit() {
        // Offsets are committed every few seconds: under a stream there is always something in between.
        killMidStream("notifications", () -> true, Map.of(
                "decision events processed, offset not committed",
                () -> suite.processedNotCommitted("notifications", Topics.MEETINGS_DECISIONS),
                "action events processed, offset not committed",
                () -> suite.processedNotCommitted("notifications", Topics.ACTIONS_LIFECYCLE)));
    }

    /**
     * kill -9 the service as soon as {@code open} says its window is, measure each window as the
     * dead process left it, restart it; again (up to six kills, the stream going on meanwhile)
     * until one kill has landed in every window.
     */
    void killMidStream(String service, BooleanSupplier open, Map<String, LongSupplier> windows) {
        Running stream = running(2000, 15);
        stream.awaitAccepted(60);
        List<String> kills = new ArrayList<>();
        Set<String> landed = new HashSet<>();
        for (int attempt = 1; attempt <= 6 && landed.size() < windows.size(); attempt++) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(open::getAsBoolean);
            suite.service(service).process().kill();
            List<String> measured = new ArrayList<>();
            try {
                windows.forEach((window, count) -> {
                    long n = count.getAsLong();
                    measured.add(window + ": " + n);
                    if (n > 0) {
                        landed.add(window);
                    }
                });
            } finally {
                kills.add("kill " + attempt + " (" + String.join(", ", measured) + ")");
                suite.killAndRestart(service);
            }
        }
        List<DecisionStream.Issued> issued = stream.stop();
        System.out.println(service + "-service: " + kills);
        settleAndCheck(service + "-service kill -9 mid-stream, restarted", issued, Integer.toString(kills.size()),
                String.join("; ", kills));
        assertThat(landed).as("windows a kill landed in: %s", kills).containsExactlyInAnyOrderElementsOf(windows.keySet());
    }

    @Test
    @Order(5)
    void postgresRestartedMidStream() {
        Running stream = running(150, 20);
        stream.awaitAccepted(50);
        long started = System.nanoTime();
        suite.infra.postgres().restart();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        List<DecisionStream.Issued> issued = stream.finish();
        settleAndCheck("PostgreSQL restarted (fast shutdown) mid-stream", issued, "1",
                "down " + millis + " ms; API requests tried again: " + stream.decisions.retried());
    }

    @Test
    @Order(6)
    void theSameEventsDeliveredTwiceAndOutOfOrderAcrossPartitions() {
        List<DecisionStream.Issued> issued = stream(owners()).run(60, 30, 8, d -> { });
        settle(issued);
        Set<String> decisions = new HashSet<>();
        issued.forEach(d -> decisions.add(d.decisionId()));
        List<ConsumerRecord<String, String>> published = new ArrayList<>();
        for (String topic : List.of(Topics.MEETINGS_DECISIONS, Topics.ACTIONS_LIFECYCLE)) {
            TopicReader.readAll(suite.bootstrapServers(), topic).stream()
                    .filter(r -> decisions.stream().anyMatch(d -> r.value().contains(d)))
                    .forEach(published::add);
        }
        // Every event of the stream again, twice, newest first, each on another partition than its first.
        List<ConsumerRecord<String, String>> reversed = new ArrayList<>(published);
        Collections.reverse(reversed);
        try (KafkaProducer<String, String> producer = producer()) {
            for (int copy = 1; copy <= 2; copy++) {
                for (ConsumerRecord<String, String> r : reversed) {
                    producer.send(new ProducerRecord<>(r.topic(), (r.partition() + copy) % 3, r.key(), r.value()));
                }
            }
            producer.flush();
        }
        settleAndCheck("each event delivered twice more, newest first, on other partitions", issued,
                Integer.toString(published.size() * 2), published.size() + " events redelivered twice");
    }

    @Test
    @Order(7)
    void aPoisonRecordOnEachTopicEndsOnItsDeadLetterTopicAndTheStreamGoesOn() {
        Running stream = running(90, 20);
        stream.awaitAccepted(30);
        String marker = "poison-" + UUID.randomUUID();
        Map<String, Integer> readers = Map.of(Topics.MEETINGS_DECISIONS, 2, Topics.ACTIONS_LIFECYCLE, 1,
                Topics.DIRECTORY_OFFICIALS, 2);
        try (KafkaProducer<String, String> producer = producer()) {
            for (String topic : readers.keySet()) {
                // not JSON at all, and an envelope whose id is not a UUID
                producer.send(new ProducerRecord<>(topic, marker, "{ليس حدثاً"));
                producer.send(new ProducerRecord<>(topic, marker, "{\"specversion\":\"1.0\",\"id\":\"" + marker
                        + "\",\"source\":\"/meetings-service\",\"type\":\"org.mutabaa.decision.adopted.v1\",\"data\":{}}"));
            }
            producer.flush();
        }
        List<DecisionStream.Issued> issued = stream.finish();
        settleAndCheck("a poison record of two kinds on each of the 3 topics", issued, "6",
                "each on its dead-letter topic once per consuming service");
        for (Map.Entry<String, Integer> topic : readers.entrySet()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(TopicReader.readAll(suite.bootstrapServers(), Topics.dlq(topic.getKey())).stream()
                            .filter(r -> marker.equals(r.key())).count())
                            .as(Topics.dlq(topic.getKey())).isEqualTo(2L * topic.getValue()));
        }
    }

    @Test
    @Order(8)
    void aSecondReplicaJoinsAndLeavesWhileConsuming() {
        Running stream = running(200, 20);
        stream.awaitAccepted(40);
        ServiceProcess actions2 = suite.startReplica("actions");
        ServiceProcess notifications2 = suite.startReplica("notifications");
        stream.awaitAccepted(120);
        notifications2.close();
        actions2.close();
        List<DecisionStream.Issued> issued = stream.finish();
        settleAndCheck("second replica of actions- and notifications-service joins, then leaves", issued, "4",
                "4 rebalances (2 groups, join and leave)");
    }

    @Test
    @Order(9)
    void theMailServerAwayForAWhileThenBack() {
        Map<String, String> addresses = new LinkedHashMap<>();
        String organisation = given().auth().oauth2(TestInfra.adminToken())
                .get(suite.service("meetings").baseUri() + "/officials/{id}", suite.official().apply("nans-dg"))
                .then().statusCode(200).extract().path("organisationId");
        for (String[] person : List.of(new String[]{"رنا الحسن", "Rana al-Hassan", "rana.alhassan@nans.example.sy"},
                new String[]{"سامر العلي", "Samer al-Ali", "samer.alali@nans.example.sy"})) {
            String id = given().auth().oauth2(TestInfra.adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("organisationId", organisation, "nameAr", person[0], "nameEn", person[1],
                            "email", person[2], "preferredLanguage", "ar", "timeZone", "Asia/Damascus"))
                    .post(suite.service("meetings").baseUri() + "/officials").then().statusCode(201)
                    .extract().path("id");
            addresses.put(id, person[2]);
        }
        Running stream = new Running(stream(new ArrayList<>(addresses.keySet())), 80, 10);
        stream.awaitAccepted(20);
        await().atMost(Duration.ofSeconds(60)).until(() -> suite.mail().received().stream()
                .anyMatch(m -> addresses.containsValue(m.to())));
        double failedBefore = failedMailAttempts();
        List<MailServer.Mail> received = new ArrayList<>(suite.stopMail());
        stream.awaitAccepted(50);
        // Mail goes on being planned and tried while the server is away.
        await().atMost(Duration.ofSeconds(60)).until(() -> failedMailAttempts() > failedBefore);
        double failed = failedMailAttempts() - failedBefore;
        suite.startMail();
        List<DecisionStream.Issued> issued = stream.finish();
        settleAndCheck("SMTP server stopped after 20 decisions, back 30 decisions later", issued, "1",
                String.format(java.util.Locale.ROOT, "%.0f mail attempts failed while it was away", failed));
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<MailServer.Mail> after = suite.mail().received();
            Outcome.Tally tally = Outcome.mails(issued, addresses, TEXT, received, after).tally();
            assertThat(tally.missing()).as(() -> "mails missing " + tally.examples() + "; " + received.size()
                    + " before the stop, " + after.size() + " after; " + outcome.emailDeliveries(addresses.keySet())).isZero();
        });
        Outcome.Mails mails = Outcome.mails(issued, addresses, TEXT, received, suite.mail().received());
        ROWS.add("| (mail of the same stream) | " + issued.size() + " | " + mails.tally().expected() + " mails | 1 | "
                + mails.tally().missing() + " | " + mails.tally().duplicated() + " | " + received.size()
                + " mails before the stop, the rest after; sent again after the stop cut its session: "
                + mails.sentAgain().size() + " |");
        assertThat(mails.tally().examples()).isEmpty();
        assertThat(mails.tally().expected()).isEqualTo(issued.size() * 4);
        // One mail at a time is under way, so the stop can cut one session at most.
        assertThat(mails.sentAgain()).hasSizeLessThanOrEqualTo(1);
    }

    /** notifications-service's count of email attempts that failed and will be tried again. */
    static double failedMailAttempts() {
        String metrics = given().get(suite.service("notifications").baseUri() + "/q/metrics")
                .then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?m)^mutabaa_deliveries_total\\{(?=[^}]*channel=\"EMAIL\")(?=[^}]*outcome=\"failed\")[^}]*} ([0-9.eE+-]+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static KafkaProducer<String, String> producer() {
        return TopicReader.producer(suite.bootstrapServers());
    }
}
