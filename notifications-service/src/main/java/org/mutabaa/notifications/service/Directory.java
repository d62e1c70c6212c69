package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.repository.OfficialRepository;
import org.mutabaa.platform.directory.OfficialDirectory;
import org.mutabaa.platform.directory.OfficialEvent;

import java.util.Optional;
import java.util.UUID;

/** This service's projection of the directory's officials: email, language, time zone, organisation. */
@ApplicationScoped
public class Directory implements OfficialDirectory {

    private final OfficialRepository officials;

    public Directory(OfficialRepository officials) {
        this.officials = officials;
    }

    @Override
    @Transactional
    public void upserted(UUID eventId, OfficialEvent data) {
        data.requireUpserted(eventId);
        Official o = officials.findByIdOptional(data.officialId()).orElseGet(Official::new);
        if (o.newerThan(data)) {
            return; // an older state than the one we hold
        }
        o.take(data);
        officials.persist(o);
    }

    @Override
    @Transactional
    public void deactivated(UUID eventId, OfficialEvent data) {
        data.requireDeactivated(eventId);
        officials.findByIdOptional(data.officialId()).ifPresent(o -> o.deactivate(data));
    }

    @Override
    public Optional<Official> find(UUID id) {
        return id == null ? Optional.empty() : officials.findByIdOptional(id);
    }

}
