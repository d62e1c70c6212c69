package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.platform.persistence.Filters;

import java.util.UUID;

@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {

    /** Officials matching every filter given (null means any), in a stable order. */
    public PanacheQuery<Official> search(UUID organisationId, String countryCode, Boolean active) {
        return Filters.where()
                .and("organisation.id = :organisation", "organisation", organisationId)
                .and("organisation.countryCode = :country", "country", countryCode)
                .and("active = :active", "active", active)
                .find(this, Sort.by("createdAt").and("id"));
    }
}
