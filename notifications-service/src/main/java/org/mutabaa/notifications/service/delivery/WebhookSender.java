package org.mutabaa.notifications.service.delivery;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.config.NotificationsConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs a JSON body to a webhook, signed so the receiver can tell it came from us and was not
 * replayed: {@value #TIMESTAMP} is the Unix time in seconds, {@value #SIGNATURE} is
 * {@code v1=} + hex HMAC-SHA256 of {@code timestamp + "." + body} under the webhook's secret.
 *
 * <p>A receiver cannot hold the sender: the whole attempt (connect, TLS, request, response
 * headers and body) has one deadline, {@code webhooks.timeout}, after which the connection is
 * closed; at most {@value #ANSWER_KEPT} bytes of an answer are read, and the connection is
 * closed once an answer is longer than that. The connection goes to the address the guard
 * checked, never to a second DNS answer; the URL's host still names the server (Host header,
 * TLS server name and certificate check).
 */
@ApplicationScoped
public class WebhookSender {

    public static final String TIMESTAMP = "Mutabaa-Timestamp";
    public static final String SIGNATURE = "Mutabaa-Signature";
    public static final String DELIVERY = "Mutabaa-Delivery";

    /** Bytes of a receiver's answer read at most (kept for the delivery's error). */
    static final int ANSWER_KEPT = 1024;

    private final HttpClient http;
    private final WebhookGuard guard;
    private final NotificationsConfig config;

    public WebhookSender(Vertx vertx, WebhookGuard guard, NotificationsConfig config) {
        this.guard = guard;
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.webhooks().timeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(true)
                .setMaxPoolSize(config.deliveries().concurrency()));
    }

    /** Sends; throws with the reason when the receiver does not answer 2xx within the deadline. */
    public void send(String url, String secret, String deliveryId, String body, long epochSecond) throws IOException {
        send(guard.check("url", url), secret, deliveryId, body, epochSecond);
    }

    /** Sends to a target the guard has checked. */
    void send(WebhookGuard.Target target, String secret, String deliveryId, String body, long epochSecond)
            throws IOException {
        String timestamp = Long.toString(epochSecond);
        boolean https = target.uri().getScheme().equalsIgnoreCase("https");
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                ? "/" : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.uri().getHost())
                .setPort(target.port())
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader(TIMESTAMP, timestamp)
                .putHeader(SIGNATURE, "v1=" + sign(secret, timestamp, body))
                .putHeader(DELIVERY, deliveryId);
        Duration deadline = config.webhooks().timeout();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Promise<Answer> answer = Promise.promise();
        http.request(options).onFailure(answer::tryFail).onSuccess(request -> {
            sent.set(request);
            request.exceptionHandler(answer::tryFail);
            request.response().onFailure(answer::tryFail).onSuccess(response -> {
                Buffer kept = Buffer.buffer();
                response.exceptionHandler(answer::tryFail);
                response.handler(chunk -> {
                    int room = ANSWER_KEPT - kept.length();
                    kept.appendBuffer(chunk.length() <= room ? chunk : chunk.slice(0, Math.max(room, 0)));
                    if (chunk.length() > room) {
                        // Longer than we read: answered as far as we care; the rest is not read.
                        answer.tryComplete(new Answer(response.statusCode(), kept.toString(StandardCharsets.UTF_8)));
                        request.reset();
                    }
                });
                response.endHandler(end -> answer.tryComplete(
                        new Answer(response.statusCode(), kept.toString(StandardCharsets.UTF_8))));
            });
            request.end(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
        });
        CompletableFuture<Answer> pending = answer.future().toCompletionStage().toCompletableFuture();
        Answer got;
        try {
            got = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw new IOException("no complete answer within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw new IOException("interrupted", e);
        }
        if (got.status() / 100 != 2) {
            throw new IOException("receiver answered " + got.status()
                    + (got.text().isBlank() ? "" : ": " + got.text().strip()));
        }
    }

    private record Answer(int status, String text) {
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body}. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
