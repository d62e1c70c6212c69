package org.mutabaa.actions.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.mutabaa.actions.InfraResource;
import org.mutabaa.platform.directory.OfficialProjectionContract;

/** This service's copy of the directory keeps the contracts' examples as every service does. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OfficialProjectionTest extends OfficialProjectionContract {
}
