package org.mutabaa.meetings.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.platform.openapi.ApiDocumentContract;

/** The API document this service serves is the one committed in contracts/. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ApiDocumentTest extends ApiDocumentContract {
}
