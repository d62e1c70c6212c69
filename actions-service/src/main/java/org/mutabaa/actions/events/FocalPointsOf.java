package org.mutabaa.actions.events;

import java.util.List;
import java.util.UUID;

/**
 * The focal points of an organisation as events carry them: its active officials named to follow
 * up its actions, in order; empty when it names none. Implemented by the service layer.
 */
public interface FocalPointsOf {

    List<ActionPerson> of(UUID organisationId);
}
