package org.mutabaa.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.mutabaa.platform.persistence.Timestamps;
import org.mutabaa.platform.tracing.Traces;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code id} is the idempotency key;
 * {@code type} names the event and its version, e.g. {@code org.mutabaa.decision.adopted.v1}.
 * {@code traceparent} is the CloudEvents distributed tracing extension: the W3C trace context of
 * the span that wrote the event (absent when there was none). Extension attributes a reader does
 * not know are ignored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, String id, String source, String type, String subject,
                         OffsetDateTime time, String datacontenttype, JsonNode data, String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static CloudEvent create(String source, String type, String subject, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Timestamps.now(), "application/json", data, Traces.currentParent());
    }
}
