package org.mutabaa.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One of the suite's packaged Quarkus services, running in its own JVM. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final JavaProcess process;

    private ServiceProcess(String name, int port, JavaProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
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
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.putAll(extraEnv);
        return launch(root, name, port, env, log);
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
        env.putAll(extraEnv);
        JavaProcess process = JavaProcess.start(name,
                List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()), env, log);
        return new ServiceProcess(name, port, process);
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
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + process.log());
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
        process.close();
    }
}
