package org.mutabaa.notifications.service.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.repository.OfficialRepository;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mutabaa.notifications.Fixtures.*;

/**
 * An organisation's webhook: signed POSTs a receiver can verify, targets inside our network
 * refused, a failing receiver retried until dead, and a dead delivery retried by the secretariat.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class WebhookDeliveryTest {

    @Inject
    OfficialRepository officials;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);

    record Received(String timestamp, String signature, String body) {
    }

    @BeforeEach
    void receiver() throws Exception {
        seedOfficials(officials);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/mutabaa", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Mutabaa-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Mutabaa-Signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void theReceiverVerifiesTheSignatureOfEachNotification() throws Exception {
        String secret = register(SY_NANS);
        ObjectNode event = action("action-overdue");
        publish(InfraResource.actionsTopic, event);

        Received hook = await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                .filter(r -> r.body().contains(event.get("id").asText())).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        // The secret is kept encrypted: the database (or a backup of it) does not hold it.
        List<String> stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("select secret from webhook", String.class).getResultList());
        assertThat(stored).isNotEmpty().doesNotContain(secret).allSatisfy(s -> assertThat(s).startsWith("aes256gcm:"));
        // What a receiver does: recompute the HMAC over "timestamp.body" and compare; check the time.
        assertThat(hook.signature()).isEqualTo("v1=" + hmac(secret, hook.timestamp() + "." + hook.body()));
        assertThat(hook.signature()).isNotEqualTo("v1=" + hmac("another secret", hook.timestamp() + "." + hook.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(hook.timestamp()))).isLessThan(300);
        JsonNode body = JSON.readTree(hook.body());
        assertThat(body.get("eventType").asText()).isEqualTo("org.mutabaa.action.overdue.v1");
        assertThat(body.get("recipientId").asText()).isEqualTo(SY_DIRECTOR_GENERAL);
        assertThat(body.get("language").asText()).isEqualTo("ar");
        assertThat(body.get("body").asText()).contains("تجاوزت مهمة المتابعة التالية موعد إنجازها");
    }

    @Test
    void targetsInsideOurNetworkAreRefused() {
        for (String url : List.of("http://localhost:8080/hook", "http://10.0.0.7/hook", "http://192.168.1.20/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://0.0.0.0/hook",
                "ftp://example.org/hook", "http://user:pass@127.0.0.1/hook",
                // IPv6 addresses that carry an IPv4 one: NAT64, 6to4, Teredo, IPv4-compatible
                "http://[64:ff9b::a00:7]/hook", "http://[2002:a00:7::1]/hook", "http://[2001:0:a00:7::1]/hook",
                "http://[::10.0.0.7]/hook",
                // benchmarking, reserved, broadcast
                "http://198.18.0.1/hook", "http://198.19.255.1/hook", "http://240.0.0.1/hook",
                "http://255.255.255.255/hook")) {
            given().contentType(ContentType.JSON).body(Map.of("organisationId", SY_MOCT, "url", url))
                    .when().post("/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        given().queryParam("organisationId", SY_MOCT).when().get("/webhooks").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aFailingReceiverIsRetriedUntilDeadAndTheSecretariatRetriesIt() {
        answer.set(503);
        register(OM_MTCIT);
        ObjectNode event = action("action-escalated"); // to إياد الخطيب (SY): the Omani webhook is not his
        ((ObjectNode) data(event).get("escalatedTo")).put("officialId", MAAWALI).put("organisationId", OM_MTCIT);
        publish(InfraResource.actionsTopic, event);

        JsonPath dead = await().atMost(Duration.ofSeconds(60)).until(() -> webhookDelivery(event),
                d -> d != null && d.getString("status").equals("DEAD"));
        assertThat(dead.getInt("attempts")).isEqualTo(4);
        assertThat(dead.getString("lastError")).contains("503");
        given().queryParam("status", "DEAD").queryParam("channel", "WEBHOOK").when().get("/deliveries")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(dead.getString("id")));
        given().when().post("/deliveries/{id}/retry", UUID(dead)).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        answer.set(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> webhookDelivery(event).getString("status").equals("SENT"));
        given().when().post("/deliveries/{id}/retry", UUID(dead)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SENT"));
        assertThat(received.stream().filter(r -> r.body().contains(event.get("id").asText()))).hasSize(5);
    }

    /** An organisation outside the directory, told through addresses, hears of its action on its webhook too. */
    @Test
    void anOrganisationOutsideTheDirectoryHearsOfItsActionOnItsWebhook() throws Exception {
        String fund = java.util.UUID.randomUUID().toString();
        register(fund);
        ObjectNode event = EmailDeliveryTest.fundAction(fund, java.util.UUID.randomUUID().toString());
        publish(InfraResource.actionsTopic, event);
        List<Received> hooks = await().atMost(Duration.ofSeconds(30)).until(() -> received.stream()
                .filter(r -> r.body().contains(event.get("id").asText())).toList(), l -> l.size() >= 2);
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (Received hook : hooks) {
            bodies.add(JSON.readTree(hook.body()));
        }
        assertThat(bodies).extracting(b -> b.get("eventType").asText()).containsOnly("org.mutabaa.action.created.v1");
        assertThat(bodies).extracting(b -> b.get("language").asText()).containsExactlyInAnyOrder("ar", "en");
        // The signed link is the Arabic office's own, for its mail: the webhook gets the console's address.
        assertThat(hooks).allSatisfy(h -> assertThat(h.body()).doesNotContain(EmailDeliveryTest.SIGNED_LINK));
        String plain = "http://localhost:8080/actions/" + event.get("data").get("actionId").asText();
        assertThat(bodies).allSatisfy(b -> {
            assertThat(b.get("link").asText()).isEqualTo(plain);
            assertThat(b.get("body").asText()).contains(plain);
        });
    }

    String register(String organisation) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation,
                        "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/mutabaa"))
                .when().post("/webhooks").then().statusCode(201).extract().path("secret");
    }

    static JsonPath webhookDelivery(ObjectNode event) {
        return deliveries(event.get("id").asText()).stream().filter(d -> d.getString("channel").equals("WEBHOOK"))
                .findFirst().orElse(null);
    }

    static String UUID(JsonPath delivery) {
        return delivery.getString("id");
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
