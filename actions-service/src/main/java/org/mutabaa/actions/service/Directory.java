package org.mutabaa.actions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.events.OfficialData;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Zones;

import java.util.Optional;
import java.util.UUID;

/**
 * This service's projection of the directory's officials, from {@code directory.officials}:
 * whom an action may be reassigned to or shared with, their names, language and time zone.
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class);

    private final OfficialRepository officials;
    private final ActionRepository actions;

    public Directory(OfficialRepository officials, ActionRepository actions) {
        this.officials = officials;
        this.actions = actions;
    }

    @Transactional
    public void upserted(UUID eventId, OfficialData data) {
        if (data.officialId() == null || data.organisation() == null || data.organisation().id() == null
                || data.organisation().countryCode() == null || data.changedAt() == null) {
            throw new InvalidEventException("OfficialUpserted " + eventId
                    + " lacks officialId, organisation (id, countryCode) or changedAt", null);
        }
        Official o = officials.findByIdOptional(data.officialId()).orElse(null);
        if (o != null && o.changedAt.isAfter(data.changedAt())) {
            LOG.debugf("OfficialUpserted %s is older than what we hold for %s", eventId, data.officialId());
            return;
        }
        if (o == null) {
            o = new Official();
            o.id = data.officialId();
        }
        o.organisationId = data.organisation().id();
        o.organisationNameAr = data.organisation().nameAr();
        o.organisationNameEn = data.organisation().nameEn();
        o.countryCode = data.organisation().countryCode();
        o.nameAr = data.nameAr();
        o.nameEn = data.nameEn();
        o.titleAr = data.titleAr();
        o.titleEn = data.titleEn();
        o.preferredLanguage = "en".equals(data.preferredLanguage()) ? "en" : "ar";
        o.timeZone = Zones.valid(data.timeZone()).orElse(null);
        o.active = !Boolean.FALSE.equals(data.active());
        o.changedAt = data.changedAt();
        officials.persist(o);
        // Pending actions show their owner as the directory now describes them.
        actions.update("owner.nameAr = ?1, owner.nameEn = ?2, owner.titleAr = ?3, owner.titleEn = ?4,"
                        + " owner.preferredLanguage = ?5, owner.organisationId = ?6, owner.organisationNameAr = ?7,"
                        + " owner.organisationNameEn = ?8, owner.countryCode = ?9"
                        + " where owner.officialId = ?10 and status in ?11",
                o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.preferredLanguage, o.organisationId,
                o.organisationNameAr, o.organisationNameEn, o.countryCode, o.id, Action.Status.PENDING);
    }

    @Transactional
    public void deactivated(UUID eventId, OfficialData data) {
        if (data.officialId() == null) {
            throw new InvalidEventException("OfficialDeactivated " + eventId + " lacks officialId", null);
        }
        officials.findByIdOptional(data.officialId()).ifPresent(o -> {
            o.active = false;
            if (data.deactivatedAt() != null && data.deactivatedAt().isAfter(o.changedAt)) {
                o.changedAt = data.deactivatedAt();
            }
        });
    }

    public Optional<Official> find(UUID id) {
        return id == null ? Optional.empty() : officials.findByIdOptional(id);
    }

    /** The official, who must be known and active, or a 400 problem naming {@code field}. */
    public Official requireActive(String field, UUID id) {
        Official o = find(id).orElseThrow(() -> ProblemException.invalidField(field,
                "is not an official in the directory: " + id));
        if (!o.active) {
            throw ProblemException.invalidField(field, "is a deactivated official: " + id);
        }
        return o;
    }

}
