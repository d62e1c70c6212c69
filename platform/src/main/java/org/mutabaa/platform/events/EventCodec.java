package org.mutabaa.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mutabaa.platform.tracing.Traces;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Reads and writes CloudEvents envelopes and their typed {@code data}. */
@ApplicationScoped
public class EventCodec {

    private static final Logger LOG = Logger.getLogger(EventCodec.class);

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent envelope(String source, String type, String subject, Object data) {
        return CloudEvent.create(source, type, subject, mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an envelope and checks the attributes CloudEvents requires; a record that fails
     * here is a poison record for the dead-letter topic.
     */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEventException("specversion must be 1.0, was " + event.specversion(), null);
        }
        if (event.id() == null || event.source() == null || event.type() == null || event.data() == null) {
            throw new InvalidEventException("id, source, type and data are required", null);
        }
        try {
            UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("id must be a UUID, was " + event.id(), e);
        }
        return event;
    }

    /**
     * Reads a consumed record and hands the event to the handler of its type, with its id and
     * typed data; events of other types are not this consumer's business and are skipped.
     */
    public void dispatch(String record, Map<String, Handler<?>> handlers) {
        dispatch(record, null, handlers);
    }

    /**
     * As {@link #dispatch(String, Map)}, for a topic only one service may write to: an event whose
     * {@code source} is not {@code expectedSource} is refused as forged (to the dead-letter topic).
     */
    public void dispatch(String record, String expectedSource, Map<String, Handler<?>> handlers) {
        CloudEvent event = read(record);
        if (expectedSource != null && !expectedSource.equals(event.source())) {
            throw new InvalidEventException(event.type() + " " + event.id() + " comes from " + event.source()
                    + ", not from " + expectedSource + ", the only producer of this topic", null);
        }
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            LOG.debugf("ignoring %s %s: not an event this consumer acts on", event.type(), event.id());
            return;
        }
        handle(event, handler);
    }

    /** Hands a read event to its handler, within the trace of the request that caused the event. */
    public void handle(CloudEvent event, Handler<?> handler) {
        try (Scope ignored = Traces.open(event.traceparent())) {
            handler.handle(this, event);
        }
    }

    /** What to do with the data of one event type. */
    public record Handler<T>(Class<T> dataType, BiConsumer<UUID, T> action) {

        public static <T> Handler<T> of(Class<T> dataType, BiConsumer<UUID, T> action) {
            return new Handler<>(dataType, action);
        }

        void handle(EventCodec codec, CloudEvent event) {
            action.accept(UUID.fromString(event.id()), codec.data(event, dataType));
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has invalid data: "
                    + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** JSON this service wrote itself (a stored document), as a tree. */
    public JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
