package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Attachment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** The action's attachment entries, oldest first, to be read a page at a time. */
    public PanacheQuery<Attachment> of(UUID actionId) {
        return find("actionId", Sort.by("createdAt").and("id"), actionId);
    }

    /** Whether the action has evidence. */
    public boolean anyOf(UUID actionId) {
        return count("actionId", actionId) > 0;
    }
}
