package org.mutabaa.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

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
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
