package org.mutabaa.platform.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current instant as stored: UTC, to the microsecond that PostgreSQL keeps, so that what an
 * API or event shows right after a write equals what is read back later.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return now(Clock.systemUTC());
    }

    /** The clock's current instant, as stored. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
