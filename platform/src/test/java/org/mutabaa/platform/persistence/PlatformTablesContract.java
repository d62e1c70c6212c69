package org.mutabaa.platform.persistence;

import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's database, whether made today or before the platform's tables (outbox, inbox) moved
 * out of the service's migrations into db/platform/, ends in the same schema under the service's
 * own Flyway configuration, and validates. A service's {@code @QuarkusTest} extends it with its
 * test resources and, in {@code src/test/resources/db/legacy/}, the earlier texts of the migrations
 * it lists as realigned.
 *
 * <p>Each case builds a schema of its own in the service's test database: the earlier migrations
 * (the service's present ones with the earlier texts laid over them), applied by plain Flyway; then
 * the service's Flyway, as Quarkus configured it, applied to that schema.
 */
public abstract class PlatformTablesContract {

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    private final List<String> schemas = new ArrayList<>();

    @AfterEach
    void dropSchemas() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void theServiceMigratesWithThePlatformsTablesAndTheRealignment() {
        assertThat(flyway.getConfiguration().isOutOfOrder()).isTrue();
        assertThat(flyway.getConfiguration().getCallbacks())
                .anySatisfy(c -> assertThat(c).isInstanceOf(RealignedChecksums.class));
        assertThat(Arrays.stream(flyway.getConfiguration().getLocations()).map(Object::toString))
                .anyMatch(l -> l.contains("db/platform/"));
    }

    @Test
    void aDatabaseThatRanEveryEarlierMigrationEndsAsANewOne() throws Exception {
        assertUpgradedLikeNew(null);
    }

    @Test
    void aDatabaseThatRanOnlyItsFirstEarlierMigrationEndsAsANewOne() throws Exception {
        assertUpgradedLikeNew("1");
    }

    @Test
    void aMigrationChangedWithoutBeingListedStillFailsValidation() throws Exception {
        String schema = schema("tampered");
        Path earlier = earlierMigrations();
        earlier(schema, earlier, null).migrate();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update " + schema
                     + ".flyway_schema_history set checksum = checksum + 1 where version = '1'")) {
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(present(schema).validateWithResult().validationSuccessful)
                .as("a checksum no service lists is not realigned").isFalse();
    }

    private void assertUpgradedLikeNew(String target) throws Exception {
        String fresh = schema("fresh");
        present(fresh).migrate();

        String upgraded = schema("upgraded");
        earlier(upgraded, earlierMigrations(), target).migrate();
        Flyway service = present(upgraded);
        service.migrate();

        assertThat(service.validateWithResult().validationSuccessful).isTrue();
        assertThat(Arrays.stream(service.info().all()).map(MigrationInfo::getState))
                .allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.OUT_OF_ORDER);
        assertThat(describe(upgraded)).isEqualTo(describe(fresh));
        assertThat(describe(fresh)).anyMatch(line -> line.startsWith("column outbox_event.")
                || line.startsWith("column processed_event."));
    }

    /** The service's migrations as Quarkus configured them (locations, callbacks, out of order), on {@code schema}. */
    private Flyway present(String schema) {
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .configuration(flyway.getConfiguration())
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .load();
    }

    /** Plain Flyway on the earlier migrations, up to {@code target} (all when null). */
    private Flyway earlier(String schema, Path migrations, String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("filesystem:" + migrations);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** The service's present migrations with the earlier texts from db/legacy/ laid over them. */
    private static Path earlierMigrations() throws IOException, URISyntaxException {
        Path dir = Files.createTempDirectory("earlier-migrations");
        copyAll(directory("db/migration"), dir);
        copyAll(directory("db/legacy"), dir);
        return dir;
    }

    private static Path directory(String resource) throws URISyntaxException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        assertThat(url).as(resource + " on the test class path").isNotNull();
        assertThat(url.getProtocol()).as(resource + " in a directory").isEqualTo("file");
        return Path.of(url.toURI());
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String schema(String purpose) {
        String schema = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        schemas.add(schema);
        return schema;
    }

    /** Every table's columns and every index of {@code schema} but Flyway's history, without the schema's name. */
    private List<String> describe(String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), is_identity
                      from information_schema.columns
                     where table_schema = ? and table_name <> 'flyway_schema_history'
                     order by table_name, column_name""")) {
                s.setString(1, schema);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lines.add("column " + r.getString(1) + "." + r.getString(2) + " " + r.getString(3)
                                + " nullable=" + r.getString(4) + " default=" + r.getString(5).replace(schema + ".", "")
                                + " identity=" + r.getString(6));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select indexname, indexdef from pg_indexes
                     where schemaname = ? and tablename <> 'flyway_schema_history' order by indexname""")) {
                s.setString(1, schema);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lines.add("index " + r.getString(1) + " " + r.getString(2).replace(schema + ".", ""));
                    }
                }
            }
        }
        return lines;
    }
}
