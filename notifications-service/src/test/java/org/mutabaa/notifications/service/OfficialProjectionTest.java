package org.mutabaa.notifications.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.repository.OfficialRepository;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.platform.directory.OfficialProjectionContract;
import org.mutabaa.platform.directory.ProjectedOfficial;

import java.util.UUID;

/** This service's copy of the directory keeps the contracts' examples as every service does. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OfficialProjectionTest extends OfficialProjectionContract {

    @Inject
    Directory directory;

    @Inject
    OfficialRepository officials;

    @Override
    protected void upserted(UUID eventId, OfficialEvent data) {
        directory.upserted(eventId, data);
    }

    @Override
    protected void deactivated(UUID eventId, OfficialEvent data) {
        directory.deactivated(eventId, data);
    }

    @Override
    protected ProjectedOfficial copyOf(UUID officialId) {
        return QuarkusTransaction.requiringNew().call(() -> officials.findById(officialId));
    }
}
