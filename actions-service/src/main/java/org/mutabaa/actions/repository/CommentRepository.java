package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Comment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** Those of the action, oldest first. */
    /** The action's comment entries, oldest first, to be read a page at a time. */
    public PanacheQuery<Comment> of(UUID actionId) {
        return find("actionId", Sort.by("createdAt").and("id"), actionId);
    }
}
