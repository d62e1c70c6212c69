package org.mutabaa.meetings;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of the test run (see {@link TestInfra}); this service
 * gets its own database and its own topics.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    /** The decisions topic of this test run, for tests that read what the service published. */
    public static String decisionsTopic;
    public static String officialsTopic;
    /** A channel of the outbox for tests of the outbox itself, whose events are of no contract. */
    public static String outboxTestTopic;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestInfra.serviceConfig("meetings");
        // Requests are an admin's unless a test says whose they are (given().auth().oauth2(...)).
        RestAssured.authentication = RestAssured.oauth2(TestInfra.adminToken());
        decisionsTopic = TestInfra.publish(config, "decisions", "meetings.decisions");
        officialsTopic = TestInfra.publish(config, "officials", "directory.officials");
        outboxTestTopic = TestInfra.publish(config, "outbox-test", "outbox.test");
        return config;
    }

    @Override
    public void stop() {
        // the database and topic are throw-away; the infrastructure outlives this class
    }
}
