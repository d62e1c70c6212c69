package org.mutabaa.actions.rest;

import org.mutabaa.platform.problem.ProblemException;

import java.util.UUID;

/**
 * The official acting on a request, named by the {@value #HEADER} header until the suite
 * authenticates its callers (then it comes from the token).
 */
final class Actor {

    static final String HEADER = "X-Official-Id";

    private Actor() {
    }

    /** The acting official, or null when the header is absent. */
    static UUID optional(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(header.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(HEADER, "must be an official id (a UUID)");
        }
    }

    static UUID required(String header) {
        UUID actor = optional(header);
        if (actor == null) {
            throw ProblemException.invalidField(HEADER, "is required: whose actions?");
        }
        return actor;
    }
}
