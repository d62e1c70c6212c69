package org.mutabaa.platform.time;

import org.mutabaa.platform.problem.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** IANA time zone names as people and events give them. */
public final class Zones {

    private Zones() {
    }

    /** The zone's canonical id, or empty when blank or unknown. */
    public static Optional<String> valid(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone's canonical id, null when blank, or a 400 problem naming {@code field} when unknown. */
    public static String checked(String field, String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        return valid(zone).orElseThrow(() -> ProblemException.invalidField(field, "unknown time zone " + zone
                + "; use an IANA name such as Asia/Damascus or Asia/Muscat"));
    }
}
