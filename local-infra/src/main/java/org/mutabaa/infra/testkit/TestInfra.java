package org.mutabaa.infra.testkit;

import org.mutabaa.infra.Infra;
import org.mutabaa.infra.KafkaBroker;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.Postgres;
import org.mutabaa.infra.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Infrastructure for tests. When {@code MUTABAA_TEST_INFRA} names an endpoints file (written by
 * {@code ./mutabaa test}, which starts Kafka and PostgreSQL once for the whole run), tests share
 * that broker and server; otherwise the first test in this JVM starts its own on free ports and
 * stops it when the JVM exits. Each test class then gets its own database and topic names.
 */
public final class TestInfra {

    public static final String ENDPOINTS_VARIABLE = "MUTABAA_TEST_INFRA";

    private static Infra.Endpoints endpoints;

    private TestInfra() {
    }

    public static synchronized Infra.Endpoints endpoints() {
        if (endpoints == null) {
            String file = System.getenv(ENDPOINTS_VARIABLE);
            if (file != null && !file.isBlank()) {
                endpoints = Infra.Endpoints.read(Path.of(file));
            } else {
                endpoints = startPrivate();
            }
        }
        return endpoints;
    }

    private static Infra.Endpoints startPrivate() {
        try {
            Path home = Files.createTempDirectory("mutabaa-test-infra");
            int kafkaPort = Ports.free();
            Infra infra = Infra.start(home, kafkaPort, Ports.free(), Ports.free(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "mutabaa-test-infra-stop"));
            return infra.endpoints();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh database with a unique name starting with {@code prefix}. */
    public static Postgres.Database newDatabase(String prefix) {
        return endpoints().database(prefix + "_" + uniqueSuffix());
    }

    /**
     * Quarkus configuration for a service under test: its own fresh database and the shared
     * broker.
     */
    public static Map<String, String> serviceConfig(String databasePrefix) {
        Postgres.Database db = newDatabase(databasePrefix);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.username());
        config.put("quarkus.datasource.password", db.password());
        config.put("kafka.bootstrap.servers", endpoints().bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", tokens().publicKey().toUri().toString());
        config.put("mp.jwt.verify.issuer", tokens().issuer());
        return config;
    }

    private static Tokens tokens;

    /**
     * This test JVM's token signer: a key pair of its own in a temporary folder, named by a system
     * property so that every class loader of the JVM signs with the same key.
     */
    public static synchronized Tokens tokens() {
        if (tokens == null) {
            try {
                String dir = System.getProperty("mutabaa.test.keys");
                if (dir == null) {
                    dir = Files.createTempDirectory("mutabaa-test-keys").toString();
                    System.setProperty("mutabaa.test.keys", dir);
                }
                tokens = Tokens.in(Path.of(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    /** A token for an admin of the test run, valid for a day. */
    public static String adminToken() {
        return tokens().issue("00000000-0000-4000-8000-000000000001", null, List.of("admin"),
                Duration.ofDays(1));
    }

    /** A token for the official, of their organisation, with the roles given, valid for a day. */
    public static String token(String officialId, String organisationId, String... roles) {
        return tokens().issue(officialId, organisationId, List.of(roles), Duration.ofDays(1));
    }

    /** Creates a topic named {@code base.<random>} on the shared broker and returns its name. */
    public static String newTopic(String base) {
        String topic = base + "." + uniqueSuffix();
        KafkaBroker.createTopics(endpoints().bootstrapServers(), List.of(topic), List.of());
        return topic;
    }

    /** A topic a service reads through an incoming channel, and the dead-letter topic of its poison records. */
    public record Consumed(String topic, String deadLetters) {
    }

    /**
     * Points the incoming {@code channel} of a service under test at new topics named after
     * {@code base} (and {@code base.dlq}), writing the settings into {@code config}.
     */
    public static Consumed consume(Map<String, String> config, String channel, String base) {
        Consumed topics = new Consumed(newTopic(base), newTopic(base + ".dlq"));
        config.put("mp.messaging.incoming." + channel + ".topic", topics.topic());
        config.put("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", topics.deadLetters());
        return topics;
    }

    /**
     * Points the outbox's logical {@code channel} at a new topic named after {@code base}; the
     * first channel given is also the relay's default topic. Returns the topic.
     */
    public static String publish(Map<String, String> config, String channel, String base) {
        String topic = newTopic(base);
        config.put("mutabaa.outbox.topics." + channel, topic);
        config.putIfAbsent("mp.messaging.outgoing.outbox.topic", topic);
        return topic;
    }

    /** A short random suffix for per-test-class topic and database names. */
    public static String uniqueSuffix() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
