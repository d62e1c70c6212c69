package org.mutabaa.meetings.operations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What Prometheus scrapes: decisions published by type, and the outbox's backlog and age. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class MetricsTest {

    static final String ADOPTED = "mutabaa_events_published_total{type=\"org.mutabaa.decision.adopted.v1\"}";

    @Test
    void publishedDecisionsAndTheOutboxAreMeasured() {
        double before = value(metrics(), ADOPTED);
        SeedData seed = SeedData.record();
        String decision = SeedData.post("/meetings/" + seed.meeting + "/decisions", seed.decisionTwo());
        given().when().post("/decisions/{id}/adopt", decision).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> value(metrics(), ADOPTED) >= before + 1);
        // Everything published: nothing waits in the outbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> value(metrics(), "mutabaa_outbox_backlog") == 0);
        assertThat(value(metrics(), "mutabaa_outbox_oldest_age_seconds")).isZero();
        assertThat(metrics()).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    static String metrics() {
        return given().auth().none().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a sample, 0 when it is not there yet. */
    static double value(String metrics, String sample) {
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.eE+-]+)( .*)?$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
