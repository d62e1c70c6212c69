package org.mutabaa.actions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.actions.InfraResource;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.actions.Fixtures.*;

/** What Prometheus scrapes of the follow-up: actions by status, actions created, events published. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class MetricsTest {

    @Test
    void actionsByStatusAndTheEventsTheyPublishAreMeasured() {
        String before = metrics();
        ObjectNode event = adopted();
        publishDecision(event);
        awaitActions(decisionId(event), 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> value(metrics(),
                "mutabaa_events_published_total{type=\"org.mutabaa.action.created.v1\"}")
                >= value(before, "mutabaa_events_published_total{type=\"org.mutabaa.action.created.v1\"}") + 2);
        String after = metrics();
        assertThat(value(after, "mutabaa_actions_created_total"))
                .isEqualTo(value(before, "mutabaa_actions_created_total") + 2);
        // The gauges are read from the database at most once a second.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                value(metrics(), "mutabaa_actions_by_status{status=\"OPEN\"}"))
                .isGreaterThanOrEqualTo(value(before, "mutabaa_actions_by_status{status=\"OPEN\"}") + 2));
        assertThat(after).contains("mutabaa_actions_by_status{status=\"DONE\"}").contains("mutabaa_outbox_backlog")
                // The consumers' own lag, from the Kafka client.
                .contains("kafka_consumer_fetch_manager_records_lag_max");
    }

    static String metrics() {
        return given().auth().none().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    static double value(String metrics, String sample) {
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.eE+-]+)( .*)?$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
