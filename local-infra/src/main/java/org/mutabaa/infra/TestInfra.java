package org.mutabaa.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return config;
    }

    /** Creates a topic named {@code base.<random>} on the shared broker and returns its name. */
    public static String newTopic(String base) {
        String topic = base + "." + uniqueSuffix();
        KafkaBroker.createTopics(endpoints().bootstrapServers(), List.of(topic), List.of());
        return topic;
    }

    /** A short random suffix for per-test-class topic and database names. */
    public static String uniqueSuffix() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
