package org.mutabaa.actions.events;

import java.util.List;
import java.util.UUID;

/**
 * The focal points of an organisation as events carry them: its active officials named to follow
 * up its actions, in order; empty when it names none. Implemented by the service layer.
 */
public interface FocalPointsOf {

    List<ActionPerson> of(UUID organisationId);

    /**
     * The focal points of the organisation that owns the action (no person yet), told in its stead:
     * those named by address with a signed link to it while it is open to work.
     */
    List<ActionPerson> owning(org.mutabaa.actions.domain.Action action);
}
