package org.mutabaa.platform.architecture.sample.rest;

/** A request body, where it belongs. */
public final class Requests {

    private Requests() {
    }

    public record NewMotion(String text) {
    }
}
