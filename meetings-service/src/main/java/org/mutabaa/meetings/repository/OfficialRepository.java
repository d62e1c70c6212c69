package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Official;

import java.util.UUID;

@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {

    /** Officials, optionally of one organisation, in a stable order. */
    public PanacheQuery<Official> search(UUID organisationId) {
        Sort sort = Sort.by("createdAt").and("id");
        if (organisationId == null) {
            return findAll(sort);
        }
        return find("organisation.id = :organisation", sort, Parameters.with("organisation", organisationId));
    }
}
