package org.mutabaa.actions.domain;

import java.util.UUID;

/**
 * Where an action comes from within its decision. It stays when the action is reassigned, so a
 * redelivered or amended decision finds the same action.
 */
public final class Origin {

    private Origin() {
    }

    public static String official(UUID officialId) {
        return "official:" + officialId;
    }

    public static String organisation(UUID organisationId) {
        return "organisation:" + organisationId;
    }

    public static String item(int position) {
        return "item:" + position;
    }
}
