package org.mutabaa.infra;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a service's REST API as a signed-in user makes them: bearer token, JSON in and out. */
public final class ApiRequests {

    private ApiRequests() {
    }

    /** {@code method path} on {@code base}, with {@code body} as JSON when it is not null. */
    public static HttpRequest of(URI base, String bearerToken, String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken);
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }
}
