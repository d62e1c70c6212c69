package org.mutabaa.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Refuses a request body larger than {@code mutabaa.http.max-body-size} (default 1 MiB) before
 * it is read, with a 413 problem naming the limit, so nothing is parsed or stored. A body sent
 * without a declared length is cut by {@code quarkus.http.limits.max-body-size} instead.
 */
@ApplicationScoped
public class BodyLimit {

    private final long max;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "mutabaa.http.max-body-size", defaultValue = "1M") MemorySize max,
                     ObjectMapper json) {
        this.max = max.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared <= max) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(413, "Content Too Large", "the request body is " + length
                        + " bytes; at most " + max + " are accepted",
                List.of(new Problem.FieldError("body", "at most " + max + " bytes"))).at(rc.request().path());
        try {
            rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
