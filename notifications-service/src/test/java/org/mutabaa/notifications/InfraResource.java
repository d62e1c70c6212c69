package org.mutabaa.notifications;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.mutabaa.infra.TestInfra;

import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of the test run (see {@link TestInfra}); this service
 * gets its own database and its own topics.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    public static String decisionsTopic;
    public static String actionsTopic;
    public static String actionsDlq;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestInfra.serviceConfig("notifications");
        decisionsTopic = TestInfra.newTopic("meetings.decisions");
        actionsTopic = TestInfra.newTopic("actions.lifecycle");
        actionsDlq = TestInfra.newTopic("actions.lifecycle.dlq");
        config.put("mp.messaging.incoming.decisions.topic", decisionsTopic);
        config.put("mp.messaging.incoming.decisions.dead-letter-queue.topic", TestInfra.newTopic("meetings.decisions.dlq"));
        config.put("mp.messaging.incoming.actions.topic", actionsTopic);
        config.put("mp.messaging.incoming.actions.dead-letter-queue.topic", actionsDlq);
        return config;
    }

    @Override
    public void stop() {
        // the database and topics are throw-away; the infrastructure outlives this class
    }
}
