package org.mutabaa.platform.events;

/** A consumed record that is not a valid event: it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
