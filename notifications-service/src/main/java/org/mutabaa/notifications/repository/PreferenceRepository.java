package org.mutabaa.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.domain.Preference;

import java.util.UUID;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<Preference, UUID> {
}
