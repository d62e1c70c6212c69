package org.mutabaa.notifications.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.repository.OfficialRepository;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.platform.directory.OfficialProjectionContract;
import org.mutabaa.platform.directory.ProjectedOfficial;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;

import java.util.UUID;

/** This service's copy of the directory keeps the contracts' examples as every service does. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OfficialProjectionTest extends OfficialProjectionContract {

    @Inject
    EventCodec codec;

    @Inject
    Directory directory;

    @Inject
    OfficialRepository officials;

    @Override
    protected String example(String name) {
        return Contracts.read(Contracts.dir().resolve("meetings-service/official-" + name + ".v1.example.json"));
    }

    @Override
    protected void apply(String envelope) {
        CloudEvent event = codec.read(envelope);
        OfficialEvent data = codec.data(event, OfficialEvent.class);
        UUID id = UUID.fromString(event.id());
        if (OfficialEvent.UPSERTED.equals(event.type())) {
            directory.upserted(id, data);
        } else {
            directory.deactivated(id, data);
        }
    }

    @Override
    protected ProjectedOfficial copyOf(UUID officialId) {
        return QuarkusTransaction.requiringNew().call(() -> officials.findById(officialId));
    }
}
