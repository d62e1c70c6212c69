package org.mutabaa.platform.outbox;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Outbox relay settings. */
@ConfigMapping(prefix = "mutabaa.outbox")
public interface OutboxConfig {

    /** Topic for each logical channel the service appends to, e.g. {@code decisions=meetings.decisions}. */
    Map<String, String> topics();

    /**
     * Whether this service publishes through an outbox (build time: without it the relay
     * bean is not built).
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * Whether this replica publishes. With false, events wait in the outbox (another replica,
     * or this one after a restart with true, publishes them); used for maintenance and to prove
     * that nothing committed is lost before it is published.
     */
    @WithDefault("true")
    boolean publish();

    /** How often the relay looks for unpublished events. */
    @WithDefault("0.2s")
    Duration pollInterval();

    /** Most events published per relay pass. */
    @WithDefault("200")
    int batchSize();

    /**
     * The largest event this service publishes, in bytes of its JSON (UTF-8). A change whose event
     * would be larger is refused with a 413 problem naming the field that made it so; the default
     * stays under the 1 MiB a Kafka producer and broker accept by default, headers included.
     */
    @WithDefault("900K")
    MemorySize maxEventSize();

    /** How long to wait for the broker to acknowledge a batch before retrying it. */
    @WithDefault("30s")
    Duration sendTimeout();

    /**
     * How long a published event is kept in the outbox (for an operator to look at) before the
     * relay deletes it.
     */
    @WithDefault("1h")
    Duration retention();
}
