package org.mutabaa.infra;

import org.mutabaa.infra.bench.Benchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the local suite.
 * <ul>
 *   <li>{@code up}: PostgreSQL, Kafka and the three services, then the seed meeting; Ctrl-C
 *   stops everything.</li>
 *   <li>{@code dev meetings|actions|notifications}: as {@code up}, with that service in Quarkus dev
 *   mode (live reload, Dev UI, continuous testing) in this terminal and the others packaged.</li>
 *   <li>{@code infra <endpoints-file>}: only PostgreSQL and Kafka, on free ports, for a test
 *   run; writes how to reach them to the file and runs until stopped.</li>
 *   <li>{@code bench [--owners K --rates R1,R2 --seconds S --decisions N --clients C --burst B --out F]}: the
 *   load benchmark on infrastructure of its own (see {@link Benchmark}).</li>
 * </ul>
 */
public final class Main {

    /** Exit status of {@code up} and {@code check} when a suite already runs on this data directory. */
    static final int ALREADY_RUNNING = 3;

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "up" : args[0];
        Path root = Path.of(System.getProperty("mutabaa.root", ".")).toAbsolutePath().normalize();
        switch (command) {
            case "up" -> up(root, args.length > 1 && args[1].equals("--no-seed"), null);
            case "dev" -> {
                if (args.length < 2 || !List.of("meetings", "actions", "notifications").contains(args[1])) {
                    usage();
                }
                up(root, false, args[1]);
            }
            case "check" -> {
                Settings settings = Settings.fromEnvironment(root.resolve(".mutabaa"));
                Files.createDirectories(settings.home());
                lock(settings.home()).release();
            }
            case "infra" -> {
                if (args.length < 2) {
                    usage();
                }
                infra(Path.of(args[1]).toAbsolutePath());
            }
            case "bench" -> Benchmark.run(root, List.of(args).subList(1, args.length));
            case "token" -> {
                if (args.length < 2) {
                    usage();
                }
                token(root, args[1], List.of(args).subList(2, args.length));
            }
            default -> usage();
        }
    }

    /**
     * Prints a bearer token signed with the local key pair: for the administrator ({@code admin}),
     * or for an official of the running suite's directory (their organisation is looked up), with
     * the roles given (default: official). Valid for 12 hours.
     */
    private static void token(Path root, String who, List<String> roles) throws Exception {
        Settings settings = Settings.fromEnvironment(root.resolve(".mutabaa"));
        Tokens tokens = Tokens.in(settings.home().resolve("keys"));
        Duration lifetime = Duration.ofHours(12);
        if (who.equals("admin")) {
            System.out.println(tokens.issue(ADMIN_ID, null, List.of("admin"), lifetime));
            return;
        }
        java.net.http.HttpResponse<String> official = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + settings.meetingsPort()
                                + "/officials/" + java.util.UUID.fromString(who)))
                        .header("Authorization", "Bearer " + tokens.issue(ADMIN_ID, null, List.of("admin"),
                                Duration.ofMinutes(1))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (official.statusCode() != 200) {
            System.err.println("no official " + who + " in the running suite (HTTP " + official.statusCode() + ")");
            System.exit(1);
        }
        String organisation = new com.fasterxml.jackson.databind.ObjectMapper().readTree(official.body())
                .get("organisationId").asText();
        System.out.println(tokens.issue(who, organisation, roles.isEmpty() ? List.of("official") : roles, lifetime));
    }

    private static void usage() {
        System.err.println("usage: Main up [--no-seed] | Main dev meetings|actions|notifications | Main check | Main infra <endpoints-file>"
                + " | Main bench [--owners K ...] | Main token admin|<official-id> [role ...]");
        System.exit(2);
    }

    /** The subject of the tokens `up` and `token admin` sign for the local administrator. */
    static final String ADMIN_ID = "00000000-0000-4000-8000-000000000001";

    private static Map<String, String> env(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    /** Starts the local suite; {@code devService}, when not null, runs in Quarkus dev mode in this terminal. */
    private static void up(Path root, boolean skipSeed, String devService) throws Exception {
        Settings settings = Settings.fromEnvironment(root.resolve(".mutabaa"));
        Files.createDirectories(settings.logs());
        FileLock lock = lock(settings.home());
        OUT.println("Mutabaa: data in " + settings.home() + ", logs in " + settings.logs());
        String listen = Settings.listen();
        if (!Settings.loopback(listen)) {
            OUT.println("WARNING: the services and the web console listen on " + listen + " (MUTABAA_LISTEN), not"
                    + " only on this machine. Anyone who reaches the console can sign in as any official, the"
                    + " secretariat or the administrator: local sign-in checks no password. Use it on a network"
                    + " you trust, or leave MUTABAA_LISTEN unset.");
        }
        long started = System.nanoTime();
        Infra infra = Infra.start(settings.home(), settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.postgresPort(), true);
        OUT.printf("  PostgreSQL  127.0.0.1:%d  (log: %s)%n", settings.postgresPort(), settings.logs().resolve("postgresql.log"));
        OUT.printf("  Kafka       %s  (log: %s)%n", infra.endpoints().bootstrapServers(), settings.logs().resolve("kafka.log"));
        Tokens tokens = Tokens.in(settings.home().resolve("keys"));
        MailServer mail = MailServer.start(settings.smtpPort(), settings.imapPort());
        OUT.printf("  Mail        SMTP 127.0.0.1:%d, read over IMAP 127.0.0.1:%d (user and password: the address)%n",
                settings.smtpPort(), settings.imapPort());
        if (devService != null) {
            OUT.printf("  %s-service in Quarkus dev mode: it compiles, then shows its own console below"
                    + " (live reload, Dev UI, continuous testing: press h there for its keys)%n", devService);
        }
        Suite suite;
        try {
            suite = Suite.start(root, infra.endpoints(), settings.meetingsPort(), settings.actionsPort(),
                    settings.notificationsPort(), "",
                    env(env(tokens.env(), Suite.consoleEnv(settings.consolePort())),
                            Map.of("QUARKUS_MAILER_HOST", "127.0.0.1",
                                    "QUARKUS_MAILER_PORT", Integer.toString(settings.smtpPort()))),
                    settings.logs(), devService);
        } catch (RuntimeException e) {
            mail.close();
            infra.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println("Mutabaa: stopping services, Kafka and PostgreSQL ...");
            quietly(suite::close);
            quietly(infra::close);
            quietly(mail::close);
            quietly(lock::release);
            OUT.println("Mutabaa: stopped.");
            stopped.countDown();
        }, "mutabaa-stop"));
        for (ServiceProcess service : suite.services()) {
            OUT.printf("  %-22s %s  (log: %s)%n", service.name(), service.baseUri(), service.process().output());
        }
        if (devService != null) {
            OUT.printf("  Dev UI                 %s/q/dev-ui%n",
                    suite.services().stream().filter(s -> s.name().equals(devService + "-service")).findFirst()
                            .orElseThrow().baseUri());
        }
        ServiceProcess console = suite.startConsole(root, settings.consolePort(), tokens.privateKey(), settings.logs());
        OUT.printf("  %-22s %s  (log: %s)%n", "web console", console.baseUri(), console.process().log());
        if (!skipSeed) {
            SeedLoader.Loaded seed = new SeedLoader(suite.meetings().baseUri(),
                    tokens.issue(ADMIN_ID, null, List.of("admin"), Duration.ofMinutes(10))).loadIfEmpty();
            OUT.println(seed == null ? "  seed meeting already present"
                    : "  seed meeting loaded: " + suite.meetings().baseUri() + "/meetings/" + seed.meetingId()
                    + " with " + seed.decisionIds().size() + " adopted decisions");
        }
        OUT.printf("Mutabaa is up in %.1f s: open %s in a browser. Press Ctrl-C to stop.%n",
                (System.nanoTime() - started) / 1e9, console.baseUri());
        if (devService != null) {
            // Quitting dev mode (q in its console) stops the rest of the suite as well.
            JavaProcess dev = suite.services().stream().filter(s -> s.name().equals(devService + "-service"))
                    .findFirst().orElseThrow().process();
            while (!dev.awaitExit(Duration.ofSeconds(1))) {
                if (stopped.getCount() == 0) {
                    return;
                }
            }
            OUT.println("Mutabaa: " + devService + "-service dev mode ended.");
            System.exit(0);
        }
        stopped.await();
    }

    private static void infra(Path endpointsFile) throws Exception {
        Path home = Files.createTempDirectory("mutabaa-infra");
        Infra infra = Infra.start(home, Ports.free(), Ports.free(), Ports.free(), false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            quietly(() -> Files.deleteIfExists(endpointsFile));
            quietly(infra::close);
            quietly(() -> deleteTree(home));
            stopped.countDown();
        }, "mutabaa-infra-stop"));
        infra.endpoints().write(endpointsFile);
        OUT.println("Mutabaa test infrastructure: Kafka " + infra.endpoints().bootstrapServers()
                + ", PostgreSQL port " + infra.endpoints().postgresPort() + ", logs in " + home.resolve("logs"));
        stopped.await();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One {@code up} per data directory: a second one is refused while the first runs. */
    private static FileLock lock(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("up.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            System.err.println("Mutabaa is already running with data in " + home
                    + ". Stop it first, or start another one with MUTABAA_HOME and other ports"
                    + " (MUTABAA_KAFKA_PORT, MUTABAA_POSTGRES_PORT, MUTABAA_MEETINGS_PORT, ...).");
            System.exit(ALREADY_RUNNING);
        }
        return lock;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            System.err.println("  (while stopping) " + e.getMessage());
        }
    }
}
