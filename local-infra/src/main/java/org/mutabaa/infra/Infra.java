package org.mutabaa.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The suite's infrastructure: one PostgreSQL server and one Kafka broker. */
public final class Infra implements AutoCloseable {

    private final Postgres postgres;
    private KafkaBroker kafka;

    private Infra(Postgres postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * Starts PostgreSQL and Kafka under {@code home} (data in {@code home/postgres} and
     * {@code home/kafka}, logs in {@code home/logs}).
     */
    public static Infra start(Path home, int kafkaPort, int kafkaControllerPort, int postgresPort, boolean durable) {
        Path logs = home.resolve("logs");
        Postgres postgres = Postgres.start(home.resolve("postgres"), postgresPort, durable, logs);
        try {
            KafkaBroker kafka = KafkaBroker.start(home.resolve("kafka"), kafkaPort, kafkaControllerPort,
                    logs.resolve("kafka.log"));
            KafkaBroker.createTopics(kafka.bootstrapServers(), Topics.ALL, Topics.COMPACTED);
            return new Infra(postgres, kafka);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public Endpoints endpoints() {
        return new Endpoints(kafka.bootstrapServers(), postgres.port());
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Postgres postgres() {
        return postgres;
    }

    /** kill -9 the broker, then start it again on the same data and port once {@code outage} returns. */
    public void killKafka(Runnable outage) {
        kafka.process().kill();
        outage.run();
        kafka = kafka.restart();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    /** How to reach running infrastructure; written to and read from a small properties file. */
    public record Endpoints(String bootstrapServers, int postgresPort) {

        public Postgres.Database database(String name) {
            return Postgres.ensureDatabase(postgresPort, name);
        }

        public void write(Path file) {
            Properties p = new Properties();
            p.setProperty("kafka.bootstrap.servers", bootstrapServers);
            p.setProperty("postgres.port", Integer.toString(postgresPort));
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.store(w, "Mutabaa infrastructure endpoints");
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new IllegalStateException("could not write " + file, e);
            }
        }

        public static Endpoints read(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("could not read infrastructure endpoints from " + file, e);
            }
            return new Endpoints(p.getProperty("kafka.bootstrap.servers"),
                    Integer.parseInt(p.getProperty("postgres.port")));
        }
    }
}
