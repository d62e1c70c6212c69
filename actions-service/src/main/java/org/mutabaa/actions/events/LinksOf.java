package org.mutabaa.actions.events;

import org.mutabaa.actions.domain.Action;

/** Signed action links as events carry them (docs/decisions/0034). Implemented by the service layer. */
public interface LinksOf {

    /** The action's owner as events carry them: with a signed link to it when the directory says they do not sign in. */
    ActionPerson owner(Action action, ActionPerson owner);
}
