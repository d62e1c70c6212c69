package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.events.OfficialData;
import org.mutabaa.notifications.repository.OfficialRepository;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.time.Zones;

import java.util.Optional;
import java.util.UUID;

/** This service's projection of the directory's officials: email, language, time zone, organisation. */
@ApplicationScoped
public class Directory {

    private final OfficialRepository officials;

    public Directory(OfficialRepository officials) {
        this.officials = officials;
    }

    @Transactional
    public void upserted(UUID eventId, OfficialData data) {
        if (data.officialId() == null || data.organisation() == null || data.organisation().id() == null
                || data.changedAt() == null) {
            throw new InvalidEventException("OfficialUpserted " + eventId
                    + " lacks officialId, organisation or changedAt", null);
        }
        Official o = officials.findByIdOptional(data.officialId()).orElse(null);
        if (o != null && o.changedAt.isAfter(data.changedAt())) {
            return; // an older state than the one we hold
        }
        if (o == null) {
            o = new Official();
            o.id = data.officialId();
        }
        o.organisationId = data.organisation().id();
        o.countryCode = data.organisation().countryCode();
        o.nameAr = data.nameAr();
        o.nameEn = data.nameEn();
        o.titleAr = data.titleAr();
        o.titleEn = data.titleEn();
        o.email = data.email();
        o.preferredLanguage = "en".equals(data.preferredLanguage()) ? "en" : "ar";
        o.timeZone = Zones.valid(data.timeZone()).orElse(null);
        o.active = !Boolean.FALSE.equals(data.active());
        o.changedAt = data.changedAt();
        officials.persist(o);
    }

    @Transactional
    public void deactivated(UUID eventId, OfficialData data) {
        if (data.officialId() == null) {
            throw new InvalidEventException("OfficialDeactivated " + eventId + " lacks officialId", null);
        }
        officials.findByIdOptional(data.officialId()).ifPresent(o -> o.active = false);
    }

    public Optional<Official> find(UUID id) {
        return id == null ? Optional.empty() : officials.findByIdOptional(id);
    }

}
