package org.mutabaa.e2e.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.mutabaa.e2e.SuiteExtension;
import org.mutabaa.infra.Infra;
import org.mutabaa.infra.KafkaBroker;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.Postgres;
import org.mutabaa.infra.SeedLoader;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.infra.Topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The packaged suite on infrastructure of its own, so that faults can be injected into all of
 * it: its own Kafka broker and PostgreSQL (killed and restarted here, which the test run's
 * shared ones must not be), its own SMTP server, and the three services on fixed ports so that
 * a restarted service is found where it was.
 */
final class FaultSuite implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("mutabaa.root", "..")).toAbsolutePath().normalize();
    static final Path LOGS = ROOT.resolve("e2e-tests/target/fault-logs");
    static final List<String> SERVICES = List.of("meetings", "actions", "notifications");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Infra infra;
    final int smtpPort = Ports.free();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Postgres.Database> databases = new HashMap<>();
    private final Map<String, ServiceProcess> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> starts = new HashMap<>();
    private final Map<String, Connection> connections = new HashMap<>();
    private volatile MailServer mail;
    final SeedLoader.Loaded seed;

    FaultSuite() throws IOException {
        Path home = Files.createTempDirectory("mutabaa-faults");
        infra = Infra.start(home, Ports.free(), Ports.free(), Ports.free(), false);
        mail = MailServer.start(smtpPort, 0);
        for (String service : SERVICES) {
            ports.put(service, Ports.free());
            databases.put(service, infra.endpoints().database(service));
        }
        for (String service : SERVICES) {
            running.put(service, launch(service, ports.get(service)));
        }
        running.values().forEach(s -> s.awaitReady(Duration.ofSeconds(120)));
        seed = new SeedLoader(running.get("meetings").baseUri(), TestInfra.adminToken()).load();
    }

    String bootstrapServers() {
        return infra.endpoints().bootstrapServers();
    }

    ServiceProcess service(String name) {
        return running.get(name);
    }

    MailServer mail() {
        return mail;
    }

    /** Stops the SMTP server; what it had received is returned, as it is gone with it. */
    List<MailServer.Mail> stopMail() {
        return mail.stop();
    }

    void startMail() {
        mail = MailServer.start(smtpPort, 0);
    }

    /** kill -9 the service, then start it again on its port and database and wait until it is ready. */
    static final Duration RESTART_READY = Duration.ofMinutes(5);

    ServiceProcess killAndRestart(String name) {
        running.get(name).process().kill();
        ServiceProcess restarted = launch(name, ports.get(name));
        running.put(name, restarted);
        // The stream goes on while it starts: on two cores a JVM starting beside a saturating load
        // may take minutes (90 s has been seen); its readiness, not its speed, is under test here.
        restarted.awaitReady(RESTART_READY);
        return restarted;
    }

    /** Another replica of the service: same database, same consumer groups, a port of its own. */
    ServiceProcess startReplica(String name) {
        ServiceProcess replica = launch(name, Ports.free());
        replica.awaitReady(Duration.ofSeconds(120));
        return replica;
    }

    private ServiceProcess launch(String name, int port) {
        int n = starts.merge(name, 1, Integer::sum);
        return ServiceProcess.launch(ROOT, name + "-service", port, databases.get(name),
                bootstrapServers(), env(), LOGS.resolve(name + "-service-" + n + ".log"));
    }

    private Map<String, String> env() {
        Map<String, String> env = SuiteExtension.env(smtpPort);
        // Mail that could not be sent is tried again within seconds, not the production half minute.
        env.put("MUTABAA_NOTIFICATIONS_DELIVERIES_BACKOFF", "1s");
        env.put("MUTABAA_NOTIFICATIONS_DELIVERIES_MAX_BACKOFF", "4s");
        env.put("MUTABAA_NOTIFICATIONS_DELIVERIES_MAX_ATTEMPTS", "100");
        return env;
    }

    // --- what a service has done that it has not told anyone of yet ---------------------------

    /** Events committed to the service's outbox and not yet published. */
    long unpublished(String service) {
        return query(service, "select count(*) from outbox_event where published_at is null", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * Records of {@code topic} the service has processed (their event id is in its
     * {@code processed_event}, committed with their effects) but whose offset its consumer group
     * has not committed: a restart delivers them again.
     */
    long processedNotCommitted(String service, String topic) {
        Map<TopicPartition, Long> committed = committedOffsets(service + "-service", topic);
        List<ConsumerRecord<String, String>> after = TopicReader.readAll(bootstrapServers(), topic).stream()
                .filter(r -> r.offset() >= committed.getOrDefault(new TopicPartition(topic, r.partition()), 0L))
                .toList();
        Set<UUID> ids = new HashSet<>();
        for (ConsumerRecord<String, String> r : after) {
            try {
                ids.add(UUID.fromString(JSON.readTree(r.value()).path("id").asText()));
            } catch (Exception poison) {
                // not an event: nothing was processed
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        Set<UUID> processed = query(service, "select event_id from processed_event", rs -> {
            Set<UUID> all = new HashSet<>();
            while (rs.next()) {
                all.add(rs.getObject(1, UUID.class));
            }
            return all;
        });
        return ids.stream().filter(processed::contains).count();
    }

    Map<TopicPartition, Long> committedOffsets(String group, String topic) {
        try (Admin admin = KafkaBroker.admin(bootstrapServers())) {
            return committedOffsets(admin, group, topic);
        }
    }

    private static Map<TopicPartition, Long> committedOffsets(Admin admin, String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return offsets.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }

    /** Records on the topics each group reads that it has not committed yet (its lag). */
    long lag() {
        long lag = 0;
        try (Admin admin = KafkaBroker.admin(bootstrapServers())) {
            for (String topic : List.of(Topics.MEETINGS_DECISIONS, Topics.ACTIONS_LIFECYCLE)) {
                Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                        .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
                Map<TopicPartition, Long> end = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()
                        .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                List<String> groups = topic.equals(Topics.MEETINGS_DECISIONS)
                        ? List.of("actions-service", "notifications-service") : List.of("notifications-service");
                for (String group : groups) {
                    Map<TopicPartition, Long> committed = committedOffsets(admin, group, topic);
                    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                        lag += e.getValue() - committed.getOrDefault(e.getKey(), 0L);
                    }
                }
            }
        } catch (Exception e) {
            return Long.MAX_VALUE; // the broker is away: nothing is known to be consumed
        }
        return lag;
    }

    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query on the service's database over a connection kept open, so that a window a few
     * milliseconds wide is seen while it is open; a connection lost (PostgreSQL restarted) is
     * opened again once.
     */
    synchronized <T> T query(String service, String sql, Rows<T> rows) {
        for (int attempt = 1; ; attempt++) {
            try {
                Connection c = connections.get(service);
                if (c == null || c.isClosed()) {
                    Postgres.Database db = databases.get(service);
                    c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    connections.put(service, c);
                }
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                    return rows.read(rs);
                }
            } catch (SQLException e) {
                closeQuietly(connections.remove(service));
                if (attempt == 2) {
                    throw new IllegalStateException(service + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // already gone
        }
    }

    Function<String, String> official() {
        return seed.officialIds()::get;
    }

    @Override
    public void close() {
        connections.values().forEach(FaultSuite::closeQuietly);
        running.values().forEach(ServiceProcess::close);
        mail.close();
        infra.close();
    }
}
