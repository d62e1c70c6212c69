package org.mutabaa.platform.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Gauges whose values come from one database query returning (key, value) rows. However many
 * gauges a scrape reads, the query runs at most once a second; a key the query does not return
 * reads 0, and a failed query NaN.
 */
public final class QueryGauges {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final AgroalDataSource dataSource;
    private final String sql;
    private Map<String, Double> values = Map.of();
    private long readAt = Long.MIN_VALUE;

    public QueryGauges(AgroalDataSource dataSource, String sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    /** A gauge reading {@code key} of the query (add a description, unit or tags, then register it). */
    public Gauge.Builder<QueryGauges> gauge(String name, String key) {
        return Gauge.builder(name, this, g -> g.value(key));
    }

    synchronized double value(String key) {
        long now = System.nanoTime();
        if (readAt == Long.MIN_VALUE || now - readAt > FRESH_NANOS) {
            values = read();
            readAt = now;
        }
        return values == null ? Double.NaN : values.getOrDefault(key, 0.0);
    }

    private Map<String, Double> read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            Map<String, Double> read = new HashMap<>();
            while (r.next()) {
                read.put(r.getString(1), r.getDouble(2));
            }
            return read;
        } catch (SQLException e) {
            return null;
        }
    }
}
