package org.mutabaa.actions;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of the test run (see {@link TestInfra}); this service
 * gets its own database and its own topics.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    public static String decisionsTopic;
    public static String decisionsDlq;
    public static String actionsTopic;
    public static String officialsTopic;
    public static String officialsDlq;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestInfra.serviceConfig("actions");
        // Requests are an admin's unless a test says whose they are (given().auth().oauth2(...)).
        RestAssured.authentication = RestAssured.oauth2(TestInfra.adminToken());
        TestInfra.Consumed decisions = TestInfra.consume(config, "decisions", "meetings.decisions");
        TestInfra.Consumed officials = TestInfra.consume(config, "officials", "directory.officials");
        decisionsTopic = decisions.topic();
        decisionsDlq = decisions.deadLetters();
        officialsTopic = officials.topic();
        officialsDlq = officials.deadLetters();
        actionsTopic = TestInfra.publish(config, "actions", "actions.lifecycle");
        // The tests move the clock and sweep themselves.
        config.put("mutabaa.actions.reminders.every", "1h");
        byte[] linkKey = new byte[32];
        new java.security.SecureRandom().nextBytes(linkKey);
        config.put("mutabaa.actions.links.key", java.util.Base64.getEncoder().encodeToString(linkKey));
        return config;
    }

    @Override
    public void stop() {
        // the database and topics are throw-away; the infrastructure outlives this class
    }
}
