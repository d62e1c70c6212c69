package org.mutabaa.infra.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.mutabaa.infra.ApiRequests;
import org.mutabaa.infra.Infra;
import org.mutabaa.infra.JavaProcess;
import org.mutabaa.infra.KafkaBroker;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.Postgres;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.Tokens;
import org.mutabaa.infra.Topics;
import org.mutabaa.infra.testkit.DecisionStream;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.infra.testkit.WebhookReceiver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load benchmark ({@code ./mutabaa bench}): starts PostgreSQL, Kafka and the three packaged
 * services on this machine, measures each service's start-up alone and its resident memory,
 * drives decisions with K owners through meetings-service's API at a fixed rate and at the
 * highest rate the suite takes, and measures end to end, from the decision's adoption being
 * accepted to the last of its notifications being stored. In the same run it measures the
 * machine's ceiling for the same work (Kafka's own producer and consumer performance tools on
 * the same broker and record size, a PostgreSQL insert-and-commit loop of the notification's
 * row shape) and profiles the service that used the most CPU. Writes a Markdown report.
 */
public final class Benchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    /** How often actions-service's reminder sweep looks during the benchmark. */
    static final String BURST_SWEEP = "2s";
    /** The seed's own words for the decisions of the load. */
    static final String TEXT = "الجانب العماني رحب بالتعاون في مجال التخطيط الإستراتيجي لخدمات الحكومة الإلكترونية";
    static final List<String> SERVICES = List.of("meetings", "actions", "notifications");

    record Options(int owners, List<Integer> fixedRates, int fixedSeconds, int maxDecisions, int clients, int burst,
                   Path out) {

        static Options parse(List<String> args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i + 1 < args.size(); i += 2) {
                given.put(args.get(i).replaceFirst("^--", ""), args.get(i + 1));
            }
            return new Options(Integer.parseInt(given.getOrDefault("owners", "2")),
                    Arrays.stream(given.getOrDefault("rates", "10,100").split(",")).map(String::trim)
                            .map(Integer::valueOf).toList(),
                    Integer.parseInt(given.getOrDefault("seconds", "30")),
                    Integer.parseInt(given.getOrDefault("decisions", "6000")),
                    Integer.parseInt(given.getOrDefault("clients", "32")),
                    Integer.parseInt(given.getOrDefault("burst", "20000")),
                    Path.of(given.getOrDefault("out", "target/benchmark.md")));
        }
    }

    private final Path root;
    private final Options options;
    private final StringBuilder markdown = new StringBuilder();

    private Benchmark(Path root, Options options) {
        this.root = root;
        this.options = options;
    }

    public static void run(Path root, List<String> args) throws Exception {
        new Benchmark(root, Options.parse(args)).run();
    }

    private void run() throws Exception {
        Path home = Files.createTempDirectory("mutabaa-bench");
        Path logs = home.resolve("logs");
        line("# Mutabaa benchmark, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (memTotalKib() / 1024 / 1024) + " GiB, " + cpuModel() + "; Java " + System.getProperty("java.version")
                + ". Everything on this machine: PostgreSQL (durable: fsync on), one Kafka broker (KRaft), the three "
                + "services as `./mutabaa up` runs them (JVM mode, fast-jar, `" + String.join(" ", ServiceProcess.JVM_OPTIONS)
                + "`, start-up archive: " + (!ServiceProcess.archiveEnabled() ? "none"
                : Runtime.version().feature() >= 25 ? "JDK AOT cache" : "dynamic AppCDS")
                + ") and this load generator.");
        line("Command: `./mutabaa bench --owners " + options.owners + " --rates " + options.fixedRates.stream()
                .map(String::valueOf).collect(Collectors.joining(",")) + " --seconds "
                + options.fixedSeconds + " --decisions " + options.maxDecisions + " --clients " + options.clients + " --burst " + options.burst + "`");
        line("");
        Infra infra = Infra.start(home, Ports.free(), Ports.free(), Ports.free(), true);
        int smtpPort = Ports.free();
        MailServer mail = MailServer.start(smtpPort, 0);
        WebhookReceiver receiver = WebhookReceiver.start(home.resolve("receiver"), Ports.free());
        Tokens tokens = Tokens.in(home.resolve("keys"));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        Map<String, Postgres.Database> databases = new HashMap<>();
        try {
            Map<String, String> env = new HashMap<>(tokens.env());
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
            line("## Start-up, each service alone (launch to /q/health/ready answering 200)");
            line("");
            line("| service | ready after | Quarkus \"started in\" | RSS at rest |");
            line("|---|---|---|---|");
            Map<String, Long> startup = new LinkedHashMap<>();
            for (String service : SERVICES) {
                if (ServiceProcess.archiveEnabled() && !ServiceProcess.trained(root, service + "-service")) {
                    // A first launch (on a database of its own) writes the start-up archive as it stops.
                    try (ServiceProcess training = ServiceProcess.launch(root, service + "-service", Ports.free(),
                            infra.endpoints().database(service + "_training"), infra.endpoints().bootstrapServers(),
                            env, logs.resolve(service + "-service-training.log"))) {
                        training.awaitReady(Duration.ofSeconds(120));
                    }
                }
                Postgres.Database db = infra.endpoints().database(service);
                databases.put(service, db);
                long launched = System.nanoTime();
                Map<String, String> serviceEnv = new HashMap<>(env);
                if (service.equals("actions")) {
                    // The reminder sweep looks every few seconds, so an overdue burst is seen when it comes.
                    serviceEnv.put("MUTABAA_ACTIONS_REMINDERS_EVERY", BURST_SWEEP);
                }
                if (service.equals("notifications")) {
                    // The local HTTPS receiver: its certificate trusted, its loopback host allowed.
                    serviceEnv.put("JAVA_TOOL_OPTIONS", receiver.trustStoreOptions());
                    serviceEnv.put("MUTABAA_NOTIFICATIONS_WEBHOOKS_ALLOWED_HOSTS", "localhost");
                }
                ServiceProcess process = ServiceProcess.launch(root, service + "-service", Ports.free(), db,
                        infra.endpoints().bootstrapServers(), serviceEnv, logs.resolve(service + "-service.log"));
                services.put(service, process);
                process.awaitReady(Duration.ofSeconds(120));
                startup.put(service, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
            }
            String admin = tokens.issue("00000000-0000-4000-8000-000000000001", null, List.of("admin"), Duration.ofHours(2));
            SeedLoader.Loaded seed = new SeedLoader(services.get("meetings").baseUri(), admin).load();
            // Every official of the seed gets an address, every organisation a webhook: the delivery
            // path (mail to the local SMTP server, signed webhooks to the local HTTPS receiver) is measured too.
            reachable(services.get("meetings").baseUri(), services.get("notifications").baseUri(), admin, seed, receiver);
            // At rest: the seed loaded, every service idle for a few seconds.
            Thread.sleep(5_000);
            for (String service : SERVICES) {
                line("| " + service + "-service | " + startup.get(service) + " ms | " + startedIn(logs.resolve(service
                        + "-service.log")) + " | " + rssMib(services.get(service).process().pid()) + " MiB |");
            }
            line("");
            List<String> owners = List.of("suleiman", "planning-director", "nans-dg", "om-undersecretary").stream()
                    .map(seed.officialIds()::get).toList();
            int perDecision = 2 * options.owners + 2; // adopted to each owner and each head, action to each owner
            DecisionStream stream = new DecisionStream(services.get("meetings").baseUri(), admin, seed.meetingId(),
                    owners, options.owners, TEXT, Duration.ofMinutes(2));
            Notifications notifications = new Notifications(databases.get("notifications"), perDecision);

            // Warm-up: the JIT compiles the hot paths before anything is measured.
            List<DecisionStream.Issued> warm = stream.run(300, 0, 8, d -> { });
            notifications.awaitAll(warm, Duration.ofMinutes(3));

            RssSampler rss = new RssSampler(services);
            rss.start();
            line("## End to end: decision adopted through the API → last notification stored");
            line("");
            line("Each decision has " + options.owners + " owners in the seed meeting, whose two heads of delegation "
                    + "are told too: " + perDecision + " notifications and " + options.owners + " actions per decision, "
                    + (1 + options.owners) + " events on Kafka, 2 API requests (record, adopt).");
            line("");
            line("| run | decisions | accepted by the API | end-to-end throughput | p50 | p95 | p99 | max |");
            line("|---|---|---|---|---|---|---|---|");
            for (int rate : options.fixedRates) {
                long fixedStart = System.currentTimeMillis();
                List<DecisionStream.Issued> fixed = stream.run(rate * options.fixedSeconds, rate, 64, d -> { });
                Map<String, Long> fixedDone = notifications.awaitAll(fixed, Duration.ofMinutes(10));
                latencyRow("fixed " + rate + "/s for " + options.fixedSeconds + " s", fixed, fixedDone, fixedStart);
            }

            // Profile every service during the fastest run (JFR's profiling settings, a few % overhead).
            for (String service : SERVICES) {
                jcmd(services.get(service), "JFR.start", "name=bench", "settings=profile");
            }
            Map<String, long[]> cpuBefore = cpu(services);
            long[] machineBefore = machineTicks();
            long maxStart = System.currentTimeMillis();
            OffsetDateTime deliveriesFrom = OffsetDateTime.now(ZoneOffset.UTC);
            List<DecisionStream.Issued> max = stream.run(options.maxDecisions, 0, options.clients, d -> { });
            Map<String, Long> maxDone = notifications.awaitAll(max, Duration.ofMinutes(10));
            Map<String, long[]> cpuAfter = cpu(services);
            long[] machineAfter = machineTicks();
            for (String service : SERVICES) {
                jcmd(services.get(service), "JFR.stop", "name=bench", "filename=" + home.resolve(service + ".jfr"));
            }
            double maxRate = latencyRow("as fast as it goes, " + options.clients + " clients", max, maxDone, maxStart);
            rss.stop();
            line("");
            line("## Memory and CPU");
            line("");
            line("| service | RSS at most under load | CPU during the fastest run (of one core) | CPU per decision |");
            line("|---|---|---|---|");
            long elapsed = Math.max(1, System.currentTimeMillis() - maxStart);
            long totalTicks = 0;
            String hottest = null;
            double hottestCpu = -1;
            for (String service : SERVICES) {
                long ticks = cpuAfter.get(service)[0] - cpuBefore.get(service)[0];
                double share = ticks * 10.0 / elapsed; // 100 ticks a second
                if (share > hottestCpu) {
                    hottestCpu = share;
                    hottest = service;
                }
                totalTicks += ticks;
                line(String.format(Locale.ROOT, "| %s-service | %d MiB | %.0f %% | %.1f ms |", service, rss.max(service),
                        share * 100, ticks * 10.0 / max.size()));
            }
            line(String.format(Locale.ROOT, "| **three services** | | %.0f %% | **%.1f ms** |",
                    totalTicks * 1000.0 / elapsed, totalTicks * 10.0 / max.size()));
            long machineBusy = machineAfter[0] - machineBefore[0];
            long machineAll = Math.max(1, machineAfter[1] - machineBefore[1]);
            line(String.format(Locale.ROOT, "| whole machine (services, Kafka, PostgreSQL, load generator) | | %.0f %% of %d cores | %.1f ms |",
                    100.0 * machineBusy / machineAll, Runtime.getRuntime().availableProcessors(),
                    machineBusy * 10.0 / max.size()));
            line("");
            deliveryRates(databases.get("notifications"), deliveriesFrom, receiver, mail);
            if (options.burst > 0) {
                overdueBurst(home, services, databases, admin, seed.meetingId(), owners);
            }

            line("## The machine's ceiling for the same work");
            line("");
            int recordSize = averageEventSize(infra.endpoints().bootstrapServers());
            KafkaPerf perf = kafkaPerf(infra.endpoints().bootstrapServers(), recordSize, home);
            PgLoop single = pgLoop(infra.postgres().port(), 1, Duration.ofSeconds(10));
            PgLoop parallel = pgLoop(infra.postgres().port(), 8, Duration.ofSeconds(10));
            line("| what | ceiling | ours at the fastest run | ours as a share of the ceiling |");
            line("|---|---|---|---|");
            double eventsPerSecond = maxRate * (1 + options.owners);
            line(String.format(Locale.ROOT, "| Kafka producer, %d-byte records, acks=all (kafka-producer-perf-test) | %.0f records/s | %.0f events/s | %.1f %% |",
                    recordSize, perf.producerPerSecond, eventsPerSecond, 100 * eventsPerSecond / perf.producerPerSecond));
            line(String.format(Locale.ROOT, "| Kafka consumer, same records (kafka-consumer-perf-test) | %.0f records/s | %.0f events/s consumed | %.1f %% |",
                    perf.consumerPerSecond, eventsPerSecond * 2, 100 * eventsPerSecond * 2 / perf.consumerPerSecond));
            double notificationRows = maxRate * perDecision;
            line(String.format(Locale.ROOT, "| PostgreSQL insert + commit of a notification row, 1 connection | %.0f rows/s | %.0f notification rows/s | %.1f %% |",
                    single.perSecond, notificationRows, 100 * notificationRows / single.perSecond));
            line(String.format(Locale.ROOT, "| PostgreSQL insert + commit of a notification row, 8 connections | %.0f rows/s | %.0f notification rows/s | %.1f %% |",
                    parallel.perSecond, notificationRows, 100 * notificationRows / parallel.perSecond));
            line("");
            line("## Where the time goes: " + hottest + "-service (the most CPU in the fastest run)");
            line("");
            profile(home.resolve(hottest + ".jfr"));
        } finally {
            for (ServiceProcess s : services.values()) {
                s.close();
            }
            mail.close();
            receiver.close();
            infra.close();
        }
        Files.createDirectories(options.out.toAbsolutePath().getParent());
        Files.writeString(options.out, markdown.toString(), StandardCharsets.UTF_8);
        OUT.println("Report written to " + options.out.toAbsolutePath());
    }

    private double latencyRow(String run, List<DecisionStream.Issued> issued, Map<String, Long> done, long start) {
        long[] latencies = issued.stream().mapToLong(d -> done.get(d.decisionId()) - d.adoptedAtMillis()).sorted().toArray();
        long last = done.values().stream().mapToLong(Long::longValue).max().orElse(start);
        long lastAccepted = issued.stream().mapToLong(DecisionStream.Issued::adoptedAtMillis).max().orElse(start);
        double accepted = issued.size() * 1000.0 / Math.max(1, lastAccepted - start);
        double throughput = issued.size() * 1000.0 / Math.max(1, last - start);
        line(String.format(Locale.ROOT, "| %s | %d | %.0f/s | %.0f decisions/s | %d ms | %d ms | %d ms | %d ms |",
                run, issued.size(), accepted, throughput, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies[latencies.length - 1]));
        return throughput;
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** When each decision's last notification was stored, read from notifications-service's database. */
    static final class Notifications {
        private final Postgres.Database db;
        private final int perDecision;

        Notifications(Postgres.Database db, int perDecision) {
            this.db = db;
            this.perDecision = perDecision;
        }

        Map<String, Long> awaitAll(List<DecisionStream.Issued> issued, Duration patience) throws Exception {
            long deadline = System.nanoTime() + patience.toNanos();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 PreparedStatement s = c.prepareStatement("select decision_id, count(*), max(created_at) "
                         + "from notification where decision_id = any(?) group by decision_id")) {
                Array ids = c.createArrayOf("uuid", issued.stream().map(d -> UUID.fromString(d.decisionId())).toArray());
                s.setArray(1, ids);
                while (true) {
                    Map<String, Long> done = new HashMap<>();
                    int complete = 0;
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getInt(2) >= perDecision) {
                                complete++;
                                done.put(rs.getString(1), rs.getTimestamp(3).getTime());
                            }
                        }
                    }
                    if (complete == issued.size()) {
                        return done;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("only " + complete + " of " + issued.size()
                                + " decisions had all their notifications after " + patience);
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    /** Resident memory of each service, sampled every 200 ms. */
    static final class RssSampler {
        private final Map<String, ServiceProcess> services;
        private final Map<String, Long> max = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        RssSampler(Map<String, ServiceProcess> services) {
            this.services = services;
        }

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    services.forEach((name, s) -> max.merge(name, rssMib(s.process().pid()), Math::max));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long max(String service) {
            return max.getOrDefault(service, 0L);
        }
    }

    static long rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not on Linux, or the process is gone
        }
        return 0;
    }

    /** utime + stime of each service, in clock ticks. */
    static Map<String, long[]> cpu(Map<String, ServiceProcess> services) {
        Map<String, long[]> ticks = new HashMap<>();
        services.forEach((name, s) -> {
            try {
                String stat = Files.readString(Path.of("/proc/" + s.process().pid() + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(name, new long[]{Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
            } catch (IOException e) {
                ticks.put(name, new long[]{0});
            }
        });
        return ticks;
    }

    /** Busy and all clock ticks of the whole machine, from /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length; i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{all - idle, all};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 1};
        }
    }

    /** Gives every seed official an address and every organisation a webhook to the local receiver. */
    static void reachable(java.net.URI meetings, java.net.URI notifications, String admin, SeedLoader.Loaded seed,
                          WebhookReceiver receiver) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.Set<String> organisations = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, String> official : seed.officialIds().entrySet()) {
            com.fasterxml.jackson.databind.node.ObjectNode view = (com.fasterxml.jackson.databind.node.ObjectNode)
                    json.readTree(send(http, ApiRequests.of(meetings, admin, "GET", "/officials/" + official.getValue(), null)));
            organisations.add(view.get("organisationId").asText());
            view.remove(List.of("id", "active"));
            view.put("email", official.getKey() + "@bench.mutabaa.test");
            send(http, ApiRequests.of(meetings, admin, "PUT", "/officials/" + official.getValue(), view));
        }
        for (String organisation : organisations) {
            send(http, ApiRequests.of(notifications, admin, "POST", "/webhooks", json.createObjectNode()
                    .put("organisationId", organisation).put("url", receiver.url("/hooks/" + organisation))));
        }
    }

    private static String send(java.net.http.HttpClient http, java.net.http.HttpRequest request) throws Exception {
        java.net.http.HttpResponse<String> response = http.send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Every owner's overdue notice at once: {@code burst} actions (decisions of 40 action items each,
     * through the API and the pipeline) due on one day, whose end then passes. The services' clocks
     * are the system's, so the day is moved instead: the actions' due date becomes yesterday and
     * their overdue instant now, in one statement, as the clock passing midnight would make them.
     * Measured: from that instant to the last ActionOverdue notification stored, and that each
     * owner was told exactly once.
     */
    void overdueBurst(Path home, Map<String, ServiceProcess> services, Map<String, Postgres.Database> databases, String token,
                      String meetingId, List<String> owners) throws Exception {
        int items = 40;
        int decisions = (options.burst + items - 1) / items;
        int expected = decisions * items;
        line("## Overdue burst: " + expected + " actions due the same day, the day then over");
        line("");
        DecisionStream stream = new DecisionStream(services.get("meetings").baseUri(), token, meetingId, owners, 1,
                TEXT, Duration.ofMinutes(2)).withActionItems(items, LocalDate.now(ZoneOffset.UTC).plusDays(60));
        long createStart = System.currentTimeMillis();
        List<DecisionStream.Issued> issued = stream.run(decisions, 0, options.clients, d -> { });
        Postgres.Database actionsDb = databases.get("actions");
        Postgres.Database notificationsDb = databases.get("notifications");
        Object[] decisionIds = issued.stream().map(d -> UUID.fromString(d.decisionId())).toArray();
        // The actions exist and their creation was told to their owners, and every delivery went:
        // the burst starts on a quiet pipeline.
        awaitCount(actionsDb, "select count(*) from action where decision_id = any(?)", decisionIds, expected,
                Duration.ofMinutes(15));
        awaitCount(notificationsDb, "select count(*) from notification where event_type = '"
                + "org.mutabaa.action.created.v1' and decision_id = any(?)", decisionIds, expected, Duration.ofMinutes(15));
        long created = System.currentTimeMillis();
        awaitCount(notificationsDb, "select count(*) from delivery where status = 'PENDING' and created_at >= ?",
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(createStart), ZoneOffset.UTC), 0, Duration.ofMinutes(30));
        long drained = System.currentTimeMillis();

        for (String service : List.of("actions", "notifications")) {
            jcmd(services.get(service), "JFR.start", "name=burst", "settings=profile");
        }
        Map<String, long[]> cpuBefore = cpu(services);
        long moved;
        try (Connection c = DriverManager.getConnection(actionsDb.jdbcUrl(), actionsDb.username(), actionsDb.password());
             PreparedStatement s = c.prepareStatement("update action set due_date = current_date - 1,"
                     + " overdue_at = now() where decision_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", decisionIds));
            s.executeUpdate();
            moved = System.currentTimeMillis();
        }
        long stored = awaitCount(notificationsDb, "select count(*) from notification where event_type = '"
                + "org.mutabaa.action.overdue.v1' and decision_id = any(?)", decisionIds, expected, Duration.ofMinutes(30));
        Map<String, long[]> cpuAfter = cpu(services);
        for (String service : List.of("actions", "notifications")) {
            jcmd(services.get(service), "JFR.stop", "name=burst", "filename=" + home.resolve(service + "-burst.jfr"));
        }
        long[] exactly;
        try (Connection c = DriverManager.getConnection(notificationsDb.jdbcUrl(), notificationsDb.username(),
                notificationsDb.password());
             PreparedStatement s = c.prepareStatement("select count(*), count(distinct (action_id, recipient_official_id))"
                     + " from notification where event_type = 'org.mutabaa.action.overdue.v1' and decision_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", decisionIds));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                exactly = new long[]{rs.getLong(1), rs.getLong(2)};
            }
        }
        line(String.format(Locale.ROOT, "Set up through the API: %d decisions of %d action items (%d actions) in %.0f s;"
                        + " their %d ActionCreated notifications stored after %.0f s, every delivery sent after %.0f s."
                        + " The reminder sweep looks every %s.", decisions, items, expected,
                (issued.isEmpty() ? 0 : issued.get(issued.size() - 1).adoptedAtMillis() - createStart) / 1000.0, expected,
                (created - createStart) / 1000.0, (drained - createStart) / 1000.0, BURST_SWEEP));
        line("");
        line("| figure | value |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| day over → last ActionOverdue notification stored | %.1f s |",
                (stored - moved) / 1000.0));
        line(String.format(Locale.ROOT, "| overdue notifications per second | %.0f/s |",
                expected * 1000.0 / Math.max(1, stored - moved)));
        line("| ActionOverdue notifications stored / distinct (action, owner) | " + exactly[0] + " / " + exactly[1] + " |");
        for (String service : List.of("actions", "notifications")) {
            long ticks = cpuAfter.get(service)[0] - cpuBefore.get(service)[0];
            line(String.format(Locale.ROOT, "| %s-service CPU per overdue action | %.2f ms |", service,
                    ticks * 10.0 / expected));
        }
        line("");
        for (String service : List.of("actions", "notifications")) {
            line("Where " + service + "-service's time went in the burst:");
            line("");
            profile(home.resolve(service + "-burst.jfr"), "the burst", false);
        }
    }

    /**
     * Waits until the count {@code sql} gives reaches {@code expected} (or, for 0, falls to it);
     * returns when it did. Its one parameter: ids (a uuid array) or a single value.
     */
    static long awaitCount(Postgres.Database db, String sql, Object parameter, long expected, Duration patience)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter instanceof Object[] ids) {
                s.setArray(1, c.createArrayOf("uuid", ids));
            } else {
                s.setObject(1, parameter);
            }
            while (true) {
                long count;
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
                if (expected == 0 ? count == 0 : count >= expected) {
                    return System.currentTimeMillis();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("waited " + patience + " for " + expected + " (" + sql + "), have " + count);
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Waits until every delivery planned since {@code from} has been attempted successfully (or
     * has failed for good), then reports mails and webhooks sent per second.
     */
    void deliveryRates(Postgres.Database db, OffsetDateTime from, WebhookReceiver receiver, MailServer mail)
            throws Exception {
        line("## Deliveries of the fastest run: mail to the local SMTP server, signed webhooks to the local HTTPS receiver");
        line("");
        line("| channel | sent | dead or waiting | first → last sent | sent per second |");
        line("|---|---|---|---|---|");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            while (true) {
                try (PreparedStatement s = c.prepareStatement("select count(*) from delivery where created_at >= ?"
                        + " and status = 'PENDING'")) {
                    s.setObject(1, from);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0 || System.nanoTime() > deadline) {
                            break;
                        }
                    }
                }
                Thread.sleep(500);
            }
            try (PreparedStatement s = c.prepareStatement("select channel, count(*) filter (where status = 'SENT'),"
                    + " count(*) filter (where status <> 'SENT'), min(sent_at), max(sent_at) from delivery"
                    + " where created_at >= ? group by channel order by channel")) {
                s.setObject(1, from);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp first = rs.getTimestamp(4);
                        Timestamp last = rs.getTimestamp(5);
                        double seconds = first == null ? 0 : Math.max(1, last.getTime() - first.getTime()) / 1000.0;
                        line(String.format(Locale.ROOT, "| %s | %d | %d | %.1f s | %.0f/s |", rs.getString(1),
                                rs.getLong(2), rs.getLong(3), seconds, seconds == 0 ? 0 : rs.getLong(2) / seconds));
                    }
                }
            }
        }
        line("");
        line("The receivers counted " + mail.received().size() + " mails and " + receiver.signed()
                + " signed webhooks in the whole run (warm-up included), " + receiver.refused() + " unsigned.");
        line("");
    }

    static long memTotalKib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static String startedIn(Path log) {
        try {
            Matcher m = Pattern.compile("started in ([0-9.]+s)").matcher(Files.readString(log));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    /** Runs a diagnostic command of the JDK in the service's JVM. */
    static void jcmd(ServiceProcess service, String... command) {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(Long.toString(service.process().pid()));
        args.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is needed to profile (a JDK, not a JRE): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The mean size of the decision events the run published, for the Kafka tools' records. */
    static int averageEventSize(String bootstrapServers) {
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records =
                TopicReader.readAll(bootstrapServers, Topics.MEETINGS_DECISIONS);
        return (int) records.stream().mapToInt(r -> r.value().getBytes(StandardCharsets.UTF_8).length).average()
                .orElse(1024);
    }

    record KafkaPerf(double producerPerSecond, double consumerPerSecond) {
    }

    static KafkaPerf kafkaPerf(String bootstrapServers, int recordSize, Path home) {
        String topic = "benchmark.ceiling";
        KafkaBroker.createTopics(bootstrapServers, List.of(topic), List.of());
        int records = 300_000;
        Path producerLog = home.resolve("logs/producer-perf.log");
        JavaProcess.run("producer-perf", List.of("-Xmx512m", "-cp", KafkaBroker.classpath(),
                        "org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                        "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                        "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"),
                producerLog, Duration.ofMinutes(5));
        Path consumerLog = home.resolve("logs/consumer-perf.log");
        JavaProcess.run("consumer-perf", List.of("-Xmx512m", "-cp", KafkaBroker.classpath(),
                        "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrapServers,
                        "--topic", topic, "--messages", Integer.toString(records)),
                consumerLog, Duration.ofMinutes(5));
        try {
            Matcher produced = Pattern.compile("records sent, ([0-9.]+) records/sec").matcher(Files.readString(producerLog));
            double producer = 0;
            while (produced.find()) {
                producer = Double.parseDouble(produced.group(1)); // the last line is the whole run's
            }
            // CSV: start, end, MB, MB/s, records, records/s, ...
            String[] csv = Files.readAllLines(consumerLog).stream().filter(l -> l.matches("^\\d{4}-.*"))
                    .reduce((a, b) -> b).orElseThrow().split(",\\s*");
            return new KafkaPerf(producer, Double.parseDouble(csv[5]));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not read the Kafka tools' output in " + producerLog + " and "
                    + consumerLog, e);
        }
    }

    record PgLoop(double perSecond) {
    }

    /** Inserts and commits rows of the notification's shape, one per transaction, on {@code connections} connections. */
    static PgLoop pgLoop(int port, int connections, Duration duration) throws Exception {
        Postgres.Database db = Postgres.ensureDatabase(port, "ceiling");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("create table if not exists notification (id uuid primary key, event_id uuid not null, "
                    + "event_type text not null, recipient_official_id uuid not null, reason text not null, "
                    + "language text not null, subject text not null, body text not null, meeting_id uuid, "
                    + "decision_id uuid, action_id uuid, created_at timestamptz not null, read_at timestamptz, "
                    + "unique (event_id, recipient_official_id))");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                     PreparedStatement insert = c.prepareStatement("insert into notification values "
                             + "(?, ?, 'org.mutabaa.decision.adopted.v1', ?, 'OWNER', 'ar', ?, ?, ?, ?, null, ?, null)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, UUID.randomUUID());
                        insert.setObject(3, UUID.randomUUID());
                        insert.setString(4, "قرار معتمد بانتظار متابعتك: " + TEXT);
                        insert.setString(5, TEXT + "\n" + TEXT + "\n" + TEXT);
                        insert.setObject(6, UUID.randomUUID());
                        insert.setObject(7, UUID.randomUUID());
                        insert.setTimestamp(8, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                        c.commit();
                        n++;
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return new PgLoop(total / (double) duration.toSeconds());
    }

    /** The top of the CPU samples: methods where the samples were taken, and our own frames on the stack. */
    void profile(Path recording) throws IOException {
        profile(recording, "the fastest run", true);
    }

    /** The samples of a recording: by library and hottest method too, or only by our nearest method. */
    void profile(Path recording, String during, boolean whole) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame first = stack.getFrames().get(0);
            top.merge(name(first), 1, Integer::sum);
            packages.merge(area(first.getMethod().getType().getName()), 1, Integer::sum);
            // Each sample counts for the nearest method of ours below it: what that method costs,
            // with the libraries it calls.
            stack.getFrames().stream().filter(Benchmark::ours).findFirst()
                    .ifPresent(f -> ours.merge(name(f), 1, Integer::sum));
        }
        line(samples + " CPU samples (JFR, during " + during + ").");
        line("");
        if (whole) {
            line("| where the samples were taken (by library) | share |");
            line("|---|---|");
            table(packages, samples, 8);
            line("");
            line("| hottest methods (self) | share |");
            line("|---|---|");
            table(top, samples, 10);
            line("");
        }
        line("| our method nearest the sample (with the libraries it calls) | share |");
        line("|---|---|");
        table(ours, samples, whole ? 15 : 8);
        line("");
    }

    private void table(Map<String, Integer> counts, int samples, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> line(String.format(Locale.ROOT, "| `%s` | %.1f %% |", e.getKey(),
                        100.0 * e.getValue() / samples)));
    }

    /** A method of ours, not one Quarkus generated around it (proxies, subclasses, lambdas). */
    private static boolean ours(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String method = frame.getMethod().getName();
        return type.startsWith("org.mutabaa") && !type.contains("_") && !type.contains("$$")
                && !method.startsWith("lambda$") && !method.contains("$$");
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    /** The library a class belongs to, by the first two parts of its package ({@code org.hibernate}). */
    static String area(String type) {
        String[] parts = type.split("\\.");
        return Arrays.stream(parts).limit(Math.max(1, Math.min(parts.length - 1, 2))).collect(Collectors.joining("."));
    }

    private void line(String text) {
        OUT.println(text);
        markdown.append(text).append('\n');
    }
}
