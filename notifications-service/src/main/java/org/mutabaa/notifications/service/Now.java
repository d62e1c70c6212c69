package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current instant by the service's clock, at the precision PostgreSQL stores. */
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
