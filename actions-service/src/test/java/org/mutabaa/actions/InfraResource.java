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
        decisionsTopic = TestInfra.newTopic("meetings.decisions");
        decisionsDlq = TestInfra.newTopic("meetings.decisions.dlq");
        actionsTopic = TestInfra.newTopic("actions.lifecycle");
        officialsTopic = TestInfra.newTopic("directory.officials");
        officialsDlq = TestInfra.newTopic("directory.officials.dlq");
        config.put("mp.messaging.incoming.officials.topic", officialsTopic);
        config.put("mp.messaging.incoming.officials.dead-letter-queue.topic", officialsDlq);
        // The tests move the clock and sweep themselves.
        config.put("mutabaa.actions.reminders.every", "1h");
        config.put("mp.messaging.incoming.decisions.topic", decisionsTopic);
        config.put("mp.messaging.incoming.decisions.dead-letter-queue.topic", decisionsDlq);
        config.put("mutabaa.outbox.topics.actions", actionsTopic);
        config.put("mp.messaging.outgoing.outbox.topic", actionsTopic);
        return config;
    }

    @Override
    public void stop() {
        // the database and topics are throw-away; the infrastructure outlives this class
    }
}
