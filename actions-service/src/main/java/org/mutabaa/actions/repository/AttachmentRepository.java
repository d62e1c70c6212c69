package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Attachment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** Those of the action, oldest first. */
    public List<Attachment> of(UUID actionId) {
        return list("actionId", Sort.by("createdAt").and("id"), actionId);
    }
}
