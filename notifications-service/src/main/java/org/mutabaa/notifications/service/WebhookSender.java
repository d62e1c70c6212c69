package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.config.NotificationsConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * POSTs a JSON body to a webhook, signed so the receiver can tell it came from us and was not
 * replayed: {@value #TIMESTAMP} is the Unix time in seconds, {@value #SIGNATURE} is
 * {@code v1=} + hex HMAC-SHA256 of {@code timestamp + "." + body} under the webhook's secret.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String TIMESTAMP = "Mutabaa-Timestamp";
    public static final String SIGNATURE = "Mutabaa-Signature";
    public static final String DELIVERY = "Mutabaa-Delivery";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final WebhookGuard guard;
    private final NotificationsConfig config;

    public WebhookSender(WebhookGuard guard, NotificationsConfig config) {
        this.guard = guard;
        this.config = config;
    }

    /** Sends; throws with the reason when the receiver does not answer 2xx. */
    public void send(String url, String secret, String deliveryId, String body, long epochSecond) throws IOException {
        URI target = guard.check("url", url);
        String timestamp = Long.toString(epochSecond);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(config.webhooks().timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "v1=" + sign(secret, timestamp, body))
                .header(DELIVERY, deliveryId)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("receiver answered " + response.statusCode());
        }
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
