package org.mutabaa.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The W3C trace context that follows a decision from the HTTP request through each event: an
 * event carries the {@code traceparent} of the span that wrote it (the CloudEvents distributed
 * tracing extension), and its consumer works inside that context, so whatever it writes in turn
 * (an action, a notification, the next event) belongs to the same trace. Works whether or not
 * spans are recorded and exported: the ids travel either way.
 */
public final class Traces {

    private static final TextMapGetter<String> PARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private Traces() {
    }

    /** The current span's {@code traceparent}, or null when there is no trace. */
    public static String currentParent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    /** The current trace id, or null when there is no trace. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The context a {@code traceparent} names (the root context when it is absent or malformed). */
    public static Context context(String traceparent) {
        return traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, PARENT);
    }

    /** Makes the {@code traceparent}'s context current until the scope is closed. */
    public static Scope open(String traceparent) {
        return traceparent == null ? Scope.noop() : context(traceparent).makeCurrent();
    }
}
