package org.mutabaa.platform.domain;

/**
 * A value an entity's own rules refuse (a reason missing where the workflow asks for one). Thrown
 * by the domain, which knows nothing of HTTP; answered at the edge as a 400 problem naming the field.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The request field at fault, as the client named it. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field's name. */
    public String reason() {
        return reason;
    }
}
