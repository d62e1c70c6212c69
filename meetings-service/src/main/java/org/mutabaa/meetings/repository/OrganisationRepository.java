package org.mutabaa.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.platform.persistence.Filters;

import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Organisations of a country and kind (null means any), in a stable order. */
    public PanacheQuery<Organisation> search(String countryCode, Enums.OrganisationKind kind) {
        return Filters.where()
                .and("countryCode = :country", "country", countryCode)
                .and("kind = :kind", "kind", kind)
                .find(this, Sort.by("createdAt").and("id"));
    }
}
