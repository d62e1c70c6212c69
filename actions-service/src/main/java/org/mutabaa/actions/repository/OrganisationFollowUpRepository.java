package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.OrganisationFollowUp;

import java.util.UUID;

@ApplicationScoped
public class OrganisationFollowUpRepository implements PanacheRepositoryBase<OrganisationFollowUp, UUID> {
}
