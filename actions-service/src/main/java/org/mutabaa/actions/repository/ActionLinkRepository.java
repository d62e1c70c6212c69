package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.ActionLink;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActionLinkRepository implements PanacheRepositoryBase<ActionLink, UUID> {

    /** The action's live (not revoked) link for this address, if one was given. */
    public Optional<ActionLink> live(UUID actionId, String email) {
        return find("actionId = ?1 and officialId is null and lower(email) = lower(?2) and revokedAt is null", actionId,
                email.trim())
                .firstResultOptional();
    }

    /** The action's live link for this official (an owner who does not sign in), if one was given. */
    public Optional<ActionLink> liveFor(UUID actionId, UUID officialId) {
        return find("actionId = ?1 and officialId = ?2 and revokedAt is null", actionId, officialId).firstResultOptional();
    }

    /** Every link given for the action, newest first. */
    public List<ActionLink> of(UUID actionId) {
        return list("actionId", Sort.by("issuedAt", Sort.Direction.Descending).and("id"), actionId);
    }
}
