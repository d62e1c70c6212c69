package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Comment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** Those of the action, oldest first. */
    public List<Comment> of(UUID actionId) {
        return list("actionId", Sort.by("createdAt").and("id"), actionId);
    }
}
