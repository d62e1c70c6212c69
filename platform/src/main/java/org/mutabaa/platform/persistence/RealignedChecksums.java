package org.mutabaa.platform.persistence;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Lets a database made with an earlier text of a migration pass Flyway's validation after that text
 * changed on purpose, and only then: before Flyway validates, each applied migration a service lists
 * in {@value #RESOURCE} whose recorded checksum is the one listed as its earlier text's gets the
 * checksum of its present text. Any other difference between a database's history and the
 * migrations still fails validation, as Flyway means it to.
 *
 * <p>Each line of the file reads {@code script = earlier-checksum : present-checksum}. Its one use so
 * far: the outbox and inbox tables moved from each service's migrations to the platform's
 * (db/platform/), which leaves those migrations shorter on every database that ran them.
 */
public class RealignedChecksums implements Callback {

    /** Where a service lists its realigned migrations. */
    public static final String RESOURCE = "META-INF/mutabaa/realigned-migrations.properties";

    private static final Logger LOG = Logger.getLogger(RealignedChecksums.class);

    /** One migration whose text changed on purpose: the checksum a database may hold and the present one. */
    public record Realignment(String script, int earlier, int present) {
    }

    private final List<Realignment> realignments;

    public RealignedChecksums(List<Realignment> realignments) {
        this.realignments = List.copyOf(realignments);
    }

    /** The realignments every {@value #RESOURCE} on the class path lists. */
    public static RealignedChecksums fromClassPath(ClassLoader loader) {
        List<Realignment> all = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                all.addAll(parse(url));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return new RealignedChecksums(all);
    }

    static List<Realignment> parse(URL url) throws IOException {
        Properties lines = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            lines.load(reader);
        }
        List<Realignment> parsed = new ArrayList<>();
        for (String script : lines.stringPropertyNames()) {
            String[] sums = lines.getProperty(script).split(":");
            if (sums.length != 2) {
                throw new IllegalStateException(url + ": " + script + " must read earlier-checksum : present-checksum");
            }
            parsed.add(new Realignment(script, Integer.parseInt(sums[0].strip()), Integer.parseInt(sums[1].strip())));
        }
        return parsed;
    }

    public List<Realignment> realignments() {
        return realignments;
    }

    @Override
    public boolean supports(Event event, Context context) {
        // Only validation reads checksums; migrating with validateOnMigrate (Quarkus's default) validates first.
        return !realignments.isEmpty() && event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = historyTable(context);
        try {
            Connection connection = context.getConnection();
            if (!exists(connection, table)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("update " + table
                    + " set checksum = ? where script = ? and checksum = ? and success")) {
                for (Realignment r : realignments) {
                    update.setInt(1, r.present());
                    update.setString(2, r.script());
                    update.setInt(3, r.earlier());
                    if (update.executeUpdate() > 0) {
                        LOG.infof("Migration %s: recorded checksum %d realigned to %d (its text changed on purpose)",
                                r.script(), r.earlier(), r.present());
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot realign the checksums of migrations in " + table, e);
        }
    }

    private static String historyTable(Context context) {
        String schema = context.getConfiguration().getDefaultSchema();
        if (schema == null && context.getConfiguration().getSchemas().length > 0) {
            schema = context.getConfiguration().getSchemas()[0];
        }
        String table = quoted(context.getConfiguration().getTable());
        return schema == null ? table : quoted(schema) + "." + table;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "mutabaa-realigned-checksums";
    }
}
