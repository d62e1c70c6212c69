package org.mutabaa.actions.service.links;

import jakarta.enterprise.context.RequestScoped;
import org.mutabaa.actions.domain.ActionLink;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed link a request acts through, once {@link ActionLinks#open} has accepted it: the workflow
 * then lets its person work that one action, and the history records the change as done by link, in
 * their name.
 */
@RequestScoped
public class ByLink {

    private ActionLink link;

    void set(ActionLink link) {
        this.link = link;
    }

    public Optional<ActionLink> current() {
        return Optional.ofNullable(link);
    }

    /** Whether the request acts through a link to this action. */
    public boolean grants(UUID actionId) {
        return link != null && link.actionId.equals(actionId);
    }

    /** The link of the current request, if there is a request (the scheduler and consumers act in none). */
    public static Optional<ActionLink> ofThisRequest() {
        var container = io.quarkus.arc.Arc.container();
        if (!container.requestContext().isActive()) {
            return Optional.empty();
        }
        return container.instance(ByLink.class).get().current();
    }
}
