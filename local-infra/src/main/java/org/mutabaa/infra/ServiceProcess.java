package org.mutabaa.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One of the suite's packaged Quarkus services, running in its own JVM. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The services' JVM options: a small heap and the serial collector (a service is mostly waiting
     * on I/O); {@code -Dmutabaa.service.jvm-options=...} replaces them.
     */
    public static final List<String> JVM_OPTIONS = List.of(System.getProperty("mutabaa.service.jvm-options",
            "-Xms32m -Xmx256m -XX:+UseSerialGC").trim().split("\\s+"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final JavaProcess process;
    /** The archive this launch writes when it exits, and where it goes then; null when it writes none. */
    private final Path training;
    private final Path archive;

    private ServiceProcess(String name, int port, JavaProcess process, Path training, Path archive) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.training = training;
        this.archive = archive;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the database, broker
     * and port given, and waits until its readiness check passes.
     */
    public static ServiceProcess start(Path root, String name, int port, Postgres.Database db,
                                       String bootstrapServers, Map<String, String> extraEnv, Path log) {
        return ready(launch(root, name, port, db, bootstrapServers, extraEnv, log));
    }

    /** Starts a packaged module without a database or broker (the web console) and waits until it is ready. */
    public static ServiceProcess start(Path root, String name, int port, Map<String, String> extraEnv, Path log) {
        return ready(launch(root, name, port, extraEnv, log));
    }

    private static ServiceProcess ready(ServiceProcess service) {
        try {
            service.awaitReady(Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /** Starts the service without waiting for it; see {@link #awaitReady(Duration)}. */
    public static ServiceProcess launch(Path root, String name, int port, Postgres.Database db,
                                       String bootstrapServers, Map<String, String> extraEnv, Path log) {
        Map<String, String> env = infraEnv(db, bootstrapServers);
        env.putAll(extraEnv);
        return launch(root, name, port, env, log);
    }

    /** Where a service finds its database and the broker. */
    private static Map<String, String> infraEnv(Postgres.Database db, String bootstrapServers) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        return env;
    }

    /**
     * Starts a module in Quarkus dev mode ({@code ./mvnw quarkus:dev -pl <module>} in {@code root}) on
     * the database, broker and port given, sharing this terminal: live reload, the Dev UI at
     * {@code /q/dev-ui}, continuous testing from the keyboard. Does not wait for it.
     */
    public static ServiceProcess dev(Path root, String name, int port, Postgres.Database db,
                                     String bootstrapServers, Map<String, String> extraEnv) {
        Ports.requireFree(port, name);
        Map<String, String> env = infraEnv(db, bootstrapServers);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", Settings.listen());
        env.putAll(extraEnv);
        List<String> command = List.of(root.resolve("mvnw").toString(), "--no-transfer-progress",
                "quarkus:dev", "-pl", name, "-Dquarkus.analytics.disabled=true");
        return new ServiceProcess(name, port, JavaProcess.interactive(name, command, env, root), null, null);
    }

    /** Starts a packaged module (its local profile, on the port given) without waiting for it. */
    public static ServiceProcess launch(Path root, String name, int port, Map<String, String> extraEnv, Path log) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build the suite first (./mvnw package -DskipTests)");
        }
        Ports.requireFree(port, name);
        Map<String, String> env = new LinkedHashMap<>();
        // The packaged service with its local settings; %prod is for Kubernetes (deploy/).
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Loopback unless MUTABAA_LISTEN asks for another address.
        env.put("QUARKUS_HTTP_HOST", Settings.listen());
        env.putAll(extraEnv);
        List<String> args = new ArrayList<>(JVM_OPTIONS);
        Path archive = archive(jar);
        Path training = null;
        if (archive != null) {
            if (trained(jar)) {
                args.add((aot() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
            } else {
                training = archive.resolveSibling(archive.getFileName() + ".training-" + port);
                args.add((aot() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + training);
            }
        }
        args.add("-jar");
        args.add(jar.toString());
        JavaProcess process = JavaProcess.start(name, args, env, log);
        return new ServiceProcess(name, port, process, training, archive);
    }

    /**
     * Whether launches use a start-up archive ({@code -Dmutabaa.startup-archive=true}, as
     * {@code ./mutabaa up} and {@code bench} set it): the classes a service loads while starting,
     * read, verified and linked once and mapped from the archive by later launches. On JDK 25+ it is
     * the JDK's AOT cache (JEP 483/514/515: classes linked, method profiles), before that a dynamic
     * AppCDS archive. A launch without a valid archive writes one when it stops.
     */
    public static boolean archiveEnabled() {
        return Boolean.getBoolean("mutabaa.startup-archive");
    }

    private static boolean aot() {
        return Runtime.version().feature() >= 25;
    }

    /** Where the module's archive lives (beside its jar), or null when archives are off. */
    static Path archive(Path jar) {
        return archiveEnabled() ? jar.resolveSibling(aot() ? "app.aot" : "app.jsa") : null;
    }

    /** Whether the module's archive exists and was written after its jar was built. */
    public static boolean trained(Path root, String name) {
        return trained(root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"));
    }

    private static boolean trained(Path jar) {
        Path archive = archive(jar);
        try {
            return archive != null && Files.isRegularFile(archive) && Files.size(archive) > 0
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public JavaProcess process() {
        return process;
    }

    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            process.requireAlive();
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + process.output());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (training == null) {
            process.close();
            return;
        }
        // The archive is written as the JVM exits (on JDK 25 a second JVM assembles it): give it time.
        process.requestStop();
        try {
            process.awaitExit(Duration.ofMinutes(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.close();
        try {
            if (Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            // no archive this time: the next launch trains again
        }
    }
}
