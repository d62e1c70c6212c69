package org.mutabaa.platform.domain;

/**
 * A change an entity's own rules refuse in its present state (a revoked decision adopted again, a
 * cancelled meeting held). Thrown by the domain, which knows nothing of HTTP; answered at the edge
 * as a 409 problem with this message as its detail.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
