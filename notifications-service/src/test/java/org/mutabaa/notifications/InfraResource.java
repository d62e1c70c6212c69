package org.mutabaa.notifications;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import org.mutabaa.infra.testkit.TestInfra;

import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of the test run (see {@link TestInfra}) and a real SMTP
 * server ({@link Smtp}); this service gets its own database and its own topics.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    public static String decisionsTopic;
    public static String actionsTopic;
    public static String actionsDlq;
    public static String officialsTopic;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestInfra.serviceConfig("notifications");
        // Requests are an admin's unless a test says whose they are (given().auth().oauth2(...)).
        RestAssured.authentication = RestAssured.oauth2(TestInfra.adminToken());
        decisionsTopic = TestInfra.consume(config, "decisions", "meetings.decisions").topic();
        TestInfra.Consumed actions = TestInfra.consume(config, "actions", "actions.lifecycle");
        actionsTopic = actions.topic();
        actionsDlq = actions.deadLetters();
        officialsTopic = TestInfra.consume(config, "officials", "directory.officials").topic();
        Smtp.start();
        config.put("quarkus.mailer.port", Integer.toString(Smtp.port()));
        // Quick retries, so that an outage and a dead delivery fit in a test.
        config.put("mutabaa.notifications.deliveries.backoff", "500ms");
        config.put("mutabaa.notifications.deliveries.max-attempts", "4");
        // The tests' webhook receiver listens on loopback, over plain HTTP.
        config.put("mutabaa.notifications.webhooks.require-https", "false");
        config.put("mutabaa.notifications.webhooks.allowed-hosts", "127.0.0.1");
        // A key for this run only: webhook secrets are encrypted with it.
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        config.put("mutabaa.notifications.webhooks.secret-key", java.util.Base64.getEncoder().encodeToString(key));
        // A hostile receiver is given up on after this long (the whole attempt, body included).
        config.put("mutabaa.notifications.webhooks.timeout", "3s");
        config.put("mutabaa.notifications.digest-every", "1h");
        return config;
    }

    @Override
    public void stop() {
        Smtp.stop();
    }
}
