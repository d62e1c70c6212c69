package org.mutabaa.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.platform.persistence.Timestamps;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The current instant by the service's {@link Clock} (see {@link ClockProducer}), in UTC at the
 * precision PostgreSQL stores. Tests replace the clock with one they move.
 */
@ApplicationScoped
public class Now {

    private final Clock clock;

    public Now(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime get() {
        return Timestamps.now(clock);
    }
}
