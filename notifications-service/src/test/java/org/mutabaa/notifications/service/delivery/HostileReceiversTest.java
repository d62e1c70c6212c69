package org.mutabaa.notifications.service.delivery;

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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.notifications.Fixtures.*;

/**
 * Receivers that try to hold the sender: one sends its answer's headers and never the body, one
 * sends a body without end. Neither holds a delivery to anyone else, and neither gets more of
 * the sender than one deadline and a bounded read.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class HostileReceiversTest {

    @Inject
    OfficialRepository officials;
    @Inject
    WebhookSender sender;

    HttpServer honest;
    final List<String> honestlyReceived = new CopyOnWriteArrayList<>();
    final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    final List<RawServer> hostile = new ArrayList<>();

    @BeforeEach
    void receivers() throws Exception {
        seedOfficials(officials);
        honest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        honest.createContext("/hooks", exchange -> {
            honestlyReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        honest.start();
    }

    @AfterEach
    void stop() throws IOException {
        honest.stop(0);
        for (RawServer server : hostile) {
            server.close();
        }
    }

    @Test
    void receiversThatNeverFinishTheirAnswerHoldNoDeliveryToAnyoneElse() throws Exception {
        // Headers, then silence: the answer's body never comes.
        RawServer silent = raw(client -> {
            write(client.getOutputStream(),
                    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n");
            if (client.getInputStream().read() < 0) {
                throw new IOException("the sender hung up");
            }
        });
        // A body without end, as fast as the sender reads it.
        RawServer endless = raw(client -> {
            OutputStream out = client.getOutputStream();
            write(out, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
                endlessBytes.addAndGet(0x10000);
            }
        });
        String silentHook = register(OM_MTCIT, silent.url());
        String endlessHook = register(OM_MTCIT, endless.url());
        register(SY_NANS, "http://127.0.0.1:" + honest.getAddress().getPort() + "/hooks");

        // More deliveries to the hostile receivers than there are workers.
        List<ObjectNode> toOman = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ObjectNode event = action("action-escalated");
            ((ObjectNode) data(event).get("escalatedTo")).put("officialId", MAAWALI).put("organisationId", OM_MTCIT);
            publish(InfraResource.actionsTopic, event);
            toOman.add(event);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> silent.connections.get() >= 2
                && endless.connections.get() >= 1);
        ObjectNode toSyria = action("action-overdue");
        publish(InfraResource.actionsTopic, toSyria);

        await().atMost(Duration.ofSeconds(30)).until(() -> honestlyReceived.stream()
                .anyMatch(body -> body.contains(toSyria.get("id").asText())));

        // Each hostile delivery fails on its own, with the reason, and is retried.
        ObjectNode first = toOman.get(0);
        JsonPath silentDelivery = await().atMost(Duration.ofSeconds(60))
                .until(() -> delivery(first, silentHook), d -> d != null && d.getInt("attempts") >= 1
                        && d.getString("lastError") != null);
        assertThat(silentDelivery.getString("status")).isIn("FAILED", "DEAD");
        assertThat(silentDelivery.getString("lastError")).contains("no complete answer within 3 s");
        JsonPath endlessDelivery = await().atMost(Duration.ofSeconds(60))
                .until(() -> delivery(first, endlessHook), d -> d != null && d.getInt("attempts") >= 1
                        && d.getString("lastError") != null);
        assertThat(endlessDelivery.getString("status")).isIn("FAILED", "DEAD");
        assertThat(endlessDelivery.getString("lastError")).startsWith("receiver answered 500: xxxx")
                .hasSizeLessThan(WebhookSender.ANSWER_KEPT + 100);
        // The silent receiver held at most deliveries.per-target (2) of the eight workers: until the first
        // of its attempts reached the 3 s deadline, no slot could free, so no third connection came.
        // (Counting the connections open at once instead would race the receiver noticing a reset.)
        assertThat(silent.acceptedWithin(Duration.ofSeconds(2))).isLessThanOrEqualTo(2);
        // The sender closed both connections: the endless writer was cut off, the silent one hung up on.
        await().atMost(Duration.ofSeconds(30)).until(() -> endless.cutOff.get() >= 1 && silent.cutOff.get() >= 1);
    }

    @Test
    void theDeliveryGoesToTheAddressThatWasCheckedNotToASecondLookup() throws Exception {
        // A name no resolver knows: only the checked address can reach the receiver.
        URI uri = URI.create("http://webhook.mutabaa.invalid:" + honest.getAddress().getPort() + "/hooks/pinned");
        sender.send(new WebhookGuard.Target(uri, InetAddress.getLoopbackAddress(), honest.getAddress().getPort()),
                "a secret", "d-1", "{\"pinned\":true}", 1_700_000_000L);
        assertThat(honestlyReceived).contains("{\"pinned\":true}");
        assertThat(hostHeaders).contains("webhook.mutabaa.invalid:" + honest.getAddress().getPort());
    }

    final AtomicLong endlessBytes = new AtomicLong();

    String register(String organisation, String url) {
        return given().contentType(ContentType.JSON).body(Map.of("organisationId", organisation, "url", url))
                .when().post("/webhooks").then().statusCode(201).extract().path("id");
    }

    static JsonPath delivery(ObjectNode event, String webhook) {
        return deliveries(event.get("id").asText()).stream()
                .filter(d -> d.getString("channel").equals("WEBHOOK") && d.getString("target").equals(webhook))
                .findFirst().orElse(null);
    }

    interface Answer {
        void write(Socket client) throws IOException;
    }

    RawServer raw(Answer answer) throws IOException {
        RawServer server = new RawServer(answer);
        hostile.add(server);
        return server;
    }

    /** An HTTP server written on a socket, so it can misbehave as a real one would not. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicLong connections = new AtomicLong();
        final AtomicLong cutOff = new AtomicLong();
        final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
        final List<Socket> open = new CopyOnWriteArrayList<>();
        final AtomicBoolean closed = new AtomicBoolean();

        RawServer(Answer answer) throws IOException {
            daemon(() -> {
                while (!closed.get()) {
                    try {
                        Socket client = socket.accept();
                        acceptedAt.add(System.nanoTime());
                        open.add(client);
                        connections.incrementAndGet();
                        daemon(() -> serve(client, answer));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket client, Answer answer) {
            try (client) {
                readRequest(client.getInputStream());
                answer.write(client);
            } catch (IOException e) {
                cutOff.incrementAndGet();
            }
        }

        private static void daemon(Runnable task) {
            Thread t = new Thread(task, "hostile-receiver");
            t.setDaemon(true);
            t.start();
        }

        /** Connections accepted within {@code window} of the first one. */
        long acceptedWithin(Duration window) {
            long first = acceptedAt.get(0);
            return acceptedAt.stream().filter(t -> t - first < window.toNanos()).count();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hooks";
        }

        @Override
        public void close() throws IOException {
            closed.set(true);
            socket.close();
            for (Socket s : open) {
                s.close();
            }
        }
    }

    /** Reads one request: headers, then as many bytes as its Content-Length says. */
    static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed");
            }
            head.append((char) c);
        }
        long length = head.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElse(0);
        in.readNBytes((int) length);
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
