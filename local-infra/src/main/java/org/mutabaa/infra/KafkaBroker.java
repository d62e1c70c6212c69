package org.mutabaa.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Apache Kafka broker in KRaft mode (combined broker and controller), run in its
 * own JVM from the Maven Central artifacts on the classpath this module records at build time.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final JavaProcess process;
    private final String bootstrapServers;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;

    private KafkaBroker(JavaProcess process, Path dataDir, int port, int controllerPort) {
        this.process = process;
        this.bootstrapServers = "127.0.0.1:" + port;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path log) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "the Kafka controller");
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("log");
            Path config = dataDir.resolve("server.properties");
            Files.writeString(config, serverProperties(port, controllerPort, logDir), StandardCharsets.UTF_8);
            Path log4j = dataDir.resolve("log4j2.properties");
            Files.writeString(log4j, LOG4J, StandardCharsets.UTF_8);
            String classpath = classpath();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                JavaProcess.run("kafka-storage-format",
                        List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + log4j,
                                "-cp", classpath, "kafka.tools.StorageTool", "format",
                                "-t", clusterId(), "-c", config.toString(), "--ignore-formatted"),
                        log, Duration.ofSeconds(60));
            }
            JavaProcess broker = JavaProcess.start("kafka",
                    List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                            "-Dlog4j2.configurationFile=" + log4j,
                            "-cp", classpath, "kafka.Kafka", config.toString()),
                    Map.of(), log);
            KafkaBroker kafka = new KafkaBroker(broker, dataDir, port, controllerPort);
            kafka.awaitReady();
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("Kafka could not be prepared in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public JavaProcess process() {
        return process;
    }

    /**
     * Starts this broker again on its data and ports, after {@link JavaProcess#kill()} or
     * {@link #close()}, and waits until it answers; the log is appended to.
     */
    public KafkaBroker restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        return start(dataDir, port, controllerPort, process.log());
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            process.requireAlive();
            try (Admin admin = admin(bootstrapServers)) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka not ready after " + READY_TIMEOUT + "; see " + process.log());
                }
            }
        }
    }

    /** Creates the topics that do not exist yet; {@code compacted} ones with cleanup.policy=compact. */
    public static void createTopics(String bootstrapServers, Collection<String> topics, Collection<String> compacted) {
        try (Admin admin = admin(bootstrapServers)) {
            for (String topic : topics) {
                NewTopic newTopic = new NewTopic(topic, 3, (short) 1);
                if (compacted.contains(topic)) {
                    newTopic.configs(Map.of("cleanup.policy", "compact"));
                }
                try {
                    admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topics in time", e);
        }
    }

    /** An admin client of the broker with short timeouts, for tools and tests. */
    public static Admin admin(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(props);
    }

    public static String classpath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/mutabaa-kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("mutabaa-kafka.classpath is missing; build local-infra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'. */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
    }

    private static final String LOG4J = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = OUT",
            "logger.kafka.name = kafka",
            "logger.kafka.level = INFO",
            "logger.state.name = state.change.logger",
            "logger.state.level = WARN",
            "");

    @Override
    public void close() {
        process.close();
    }
}
