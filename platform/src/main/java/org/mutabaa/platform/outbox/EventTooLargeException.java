package org.mutabaa.platform.outbox;

import org.mutabaa.platform.problem.Problem;
import org.mutabaa.platform.problem.ProblemException;

import java.util.List;

/**
 * A change refused because the event it would publish is over the outbox's budget: a 413 problem
 * naming the field. The outbox names the event's heaviest member; a service that knows which of
 * its request's fields made the event heavy names that one instead ({@link #naming}).
 */
public class EventTooLargeException extends ProblemException {

    private final String message;

    EventTooLargeException(String field, String message) {
        super(413, "Content Too Large", field + ": " + message, List.of(new Problem.FieldError(field, message)));
        this.message = message;
    }

    /** The same refusal, naming {@code field} of the request. */
    public EventTooLargeException naming(String field) {
        return new EventTooLargeException(field, message);
    }
}
