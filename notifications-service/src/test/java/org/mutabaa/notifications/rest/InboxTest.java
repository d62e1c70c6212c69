package org.mutabaa.notifications.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.notifications.InfraResource;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mutabaa.notifications.Fixtures.*;

/** The in-app inbox: unread count, read and unread again, and the live stream of a connected official. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class InboxTest {

    @TestHTTPResource("/notifications/stream")
    URL stream;

    @Test
    void aConnectedOfficialSeesANewNotificationArriveAndMarksItRead() throws Exception {
        String owner = UUID.randomUUID().toString();
        HttpResponse<InputStream> response = connect(owner);
        CompletableFuture<String> firstEvent = CompletableFuture.supplyAsync(() -> firstData(response.body()));

        ObjectNode event = action("action-created");
        ((ObjectNode) data(event).get("owner")).put("officialId", owner);
        // The stream answered (its subscription is in place) before the notification exists.
        publish(InfraResource.actionsTopic, event);

        JsonNode pushed = JSON.readTree(firstEvent.get(30, TimeUnit.SECONDS));
        assertThat(pushed.get("recipientId").asText()).isEqualTo(owner);
        assertThat(pushed.get("subject").asText()).isEqualTo("مهمة متابعة جديدة مسندة إليك");
        assertThat(pushed.get("direction").asText()).isEqualTo("rtl");
        response.body().close();

        String id = pushed.get("id").asText();
        given().queryParam("recipientId", owner).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(1));
        given().when().post("/notifications/{id}/read", id).then().statusCode(200).body("readAt", notNullValue());
        given().queryParam("recipientId", owner).when().get("/notifications/unread-count").then().body("unread", equalTo(0));
        given().queryParam("recipientId", owner).queryParam("unread", true).when().get("/notifications")
                .then().body("total", equalTo(0));
        given().when().post("/notifications/{id}/unread", id).then().statusCode(200).body("readAt", nullValue());
        given().queryParam("recipientId", owner).when().get("/notifications/unread-count").then().body("unread", equalTo(1));
        given().when().post("/notifications/{id}/read", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aBurstOfNotificationsReachesTheConnectedOfficialWholeOnOneConnection() throws Exception {
        String owner = UUID.randomUUID().toString();
        HttpResponse<InputStream> response = connect(owner);
        int burst = 8;
        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> events(response.body(), burst));
        // Eight new actions at once: stored in one or two polls, faster than the connection writes them.
        Set<String> actions = new HashSet<>();
        for (int i = 0; i < burst; i++) {
            ObjectNode event = action("action-created");
            ((ObjectNode) data(event).get("owner")).put("officialId", owner);
            actions.add(data(event).get("actionId").asText());
            publish(InfraResource.actionsTopic, event);
        }
        List<String> pushed = events.get(60, TimeUnit.SECONDS);
        response.body().close();
        Set<String> seen = new HashSet<>();
        for (String json : pushed) {
            seen.add(JSON.readTree(json).get("actionId").asText());
        }
        assertThat(seen).isEqualTo(actions);
    }

    @Test
    void anOfficialHoldsFiveLiveStreamsAtMostAndEachEndsWhenItsTokenExpires() throws Exception {
        String official = UUID.randomUUID().toString();
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(connect(official));
        }
        HttpResponse<String> sixth = request(official, TestInfra.token(official, SY_NANS, "official"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(sixth.body()).contains("already holds 5 live streams");
        // Another official is not held back by this one.
        String other = UUID.randomUUID().toString();
        HttpResponse<InputStream> others = connect(other);
        others.body().close();

        // One closed (a tab shut): room for another.
        open.remove(0).body().close();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<InputStream> again = send(official, TestInfra.token(official, SY_NANS, "official"));
            if (again.statusCode() == 200) {
                open.add(again);
                return true;
            }
            again.body().close();
            return false;
        });
        for (HttpResponse<InputStream> r : open) {
            r.body().close();
        }

        // A token about to expire: its stream ends with it, and the console reconnects with a fresh one.
        String shortLived = TestInfra.tokens().issue(official, SY_NANS, List.of("official"), Duration.ofSeconds(3));
        HttpResponse<InputStream> expiring = await().atMost(Duration.ofSeconds(30)).until(
                () -> send(official, shortLived), r -> r.statusCode() == 200);
        assertThatThrownBy(() -> firstData(expiring.body())).hasMessageContaining("ended without an event");
    }

    private HttpResponse<InputStream> send(String official, String token) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stream + "?recipientId=" + official))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpResponse<String> request(String official, String token) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stream + "?recipientId=" + official))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The official's live stream, connected (its subscription is in place once this returns). */
    private HttpResponse<InputStream> connect(String official) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stream + "?recipientId=" + official))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + TestInfra.token(official, SY_NANS, "official")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** The data of the first {@code count} Server-Sent Events on the stream; fails if it ends before. */
    static List<String> events(InputStream body, int count) {
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && out.size() < count; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    out.add(line.substring(5).trim());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (out.size() < count) {
            throw new IllegalStateException("the stream ended after " + out.size() + " of " + count + " events");
        }
        return out;
    }

    /** The data of the first Server-Sent Event on the stream. */
    static String firstData(InputStream body) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    return line.substring(5).trim();
                }
            }
            throw new IllegalStateException("the stream ended without an event");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
