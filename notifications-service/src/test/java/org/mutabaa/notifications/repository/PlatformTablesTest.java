package org.mutabaa.notifications.repository;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.platform.persistence.PlatformTablesContract;

/** This service's database, new or made before the platform's tables moved, ends in one schema. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PlatformTablesTest extends PlatformTablesContract {
}
