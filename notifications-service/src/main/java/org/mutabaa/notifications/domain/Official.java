package org.mutabaa.notifications.domain;

import jakarta.persistence.Entity;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.platform.directory.ProjectedOfficial;

/**
 * This service's copy of a directory official, kept from {@code directory.officials} by the
 * platform's rules; it also keeps how to reach them by mail.
 */
@Entity
public class Official extends ProjectedOfficial {

    public String email;

    @Override
    protected void takeOwn(OfficialEvent event) {
        email = event.email();
    }
}
