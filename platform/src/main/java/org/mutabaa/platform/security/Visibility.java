package org.mutabaa.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Optional;
import java.util.UUID;

/**
 * Asks a service's visibility function (a SQL function {@code f(id, reader, reader_organisation,
 * secretariat)} in its migrations) whether the caller may read one row. Lists filter with the same
 * function through {@link org.mutabaa.platform.persistence.Filters#visibleTo}, so a single read and a
 * list never disagree. An administrator reads everything without asking.
 */
@ApplicationScoped
public class Visibility {

    private final Caller caller;
    private final EntityManager em;

    public Visibility(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    /** The caller as the visibility functions take them; empty for an administrator. */
    public Optional<Caller.Reader> reader() {
        return caller.reader();
    }

    public boolean allows(String function, UUID id) {
        return caller.reader().map(r -> (Boolean) em.createNativeQuery("select " + function + "(?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, r.officialId()).setParameter(3, r.organisationId())
                .setParameter(4, r.secretariat()).getSingleResult()).orElse(true);
    }
}
