package org.mutabaa.actions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.platform.directory.OfficialDirectory;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.platform.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

/**
 * This service's projection of the directory's officials, from {@code directory.officials}:
 * whom an action may be reassigned to or shared with, their names, language and time zone.
 */
@ApplicationScoped
public class Directory implements OfficialDirectory {

    private static final Logger LOG = Logger.getLogger(Directory.class);

    private final OfficialRepository officials;
    private final ActionRepository actions;

    public Directory(OfficialRepository officials, ActionRepository actions) {
        this.officials = officials;
        this.actions = actions;
    }

    @Override
    @Transactional
    public void upserted(UUID eventId, OfficialEvent data) {
        data.requireUpserted(eventId);
        Official o = officials.findByIdOptional(data.officialId()).orElseGet(Official::new);
        if (o.newerThan(data)) {
            LOG.debugf("OfficialUpserted %s is older than what we hold for %s", eventId, data.officialId());
            return;
        }
        o.take(data);
        officials.persist(o);
        // Pending actions show their owner as the directory now describes them.
        actions.update("owner.nameAr = ?1, owner.nameEn = ?2, owner.titleAr = ?3, owner.titleEn = ?4,"
                        + " owner.preferredLanguage = ?5, owner.organisationId = ?6, owner.organisationNameAr = ?7,"
                        + " owner.organisationNameEn = ?8, owner.countryCode = ?9"
                        + " where owner.officialId = ?10 and status in ?11",
                o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.preferredLanguage, o.organisationId,
                o.organisationNameAr, o.organisationNameEn, o.countryCode, o.id, Action.Status.PENDING);
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
