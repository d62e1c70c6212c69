package org.mutabaa.meetings.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.platform.outbox.OutboxPublisher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Published events are kept for the retention (1 h), then deleted by the relay. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OutboxRetentionTest {

    @Inject
    OutboxPublisher publisher;

    @Inject
    AgroalDataSource db;

    @Test
    void publishedEventsPastTheRetentionAreDeletedAndRecentOnesKept() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        UUID old = row(now.minusHours(3), now.minusHours(2));
        UUID recent = row(now.minusMinutes(10), now.minusMinutes(9));
        try {
            assertThat(publisher.prune()).isGreaterThanOrEqualTo(1);
            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
        } finally {
            delete(recent);
        }
    }

    private UUID row(OffsetDateTime created, OffsetDateTime published) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into outbox_event "
                + "(event_id, channel, record_key, event_type, payload, created_at, published_at) "
                + "values (?, 'retention-test', 'k', 'org.mutabaa.test.v1', '{}', ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, created);
            s.setObject(3, published);
            s.executeUpdate();
        }
        return id;
    }

    private boolean exists(UUID id) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from outbox_event where event_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void delete(UUID id) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("delete from outbox_event where event_id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
