package org.mutabaa.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.events.OfficialEvents;
import org.mutabaa.meetings.repository.OfficialRepository;
import org.mutabaa.meetings.repository.OrganisationRepository;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.persistence.Timestamps;
import org.mutabaa.platform.time.Zones;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Organisations and officials. */
@ApplicationScoped
public class DirectoryService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganisationRepository organisations;
    private final OfficialRepository officials;
    private final OfficialEvents events;
    private final Access access;

    public DirectoryService(OrganisationRepository organisations, OfficialRepository officials,
                            OfficialEvents events, Access access) {
        this.organisations = organisations;
        this.officials = officials;
        this.events = events;
        this.access = access;
    }

    @Transactional
    public Organisation createOrganisation(Drafts.NewOrganisation request) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = Timestamps.now();
        apply(organisation, request);
        organisations.persist(organisation);
        return organisation;
    }

    /**
     * Replaces an organisation's kind, country and names, and republishes each of its officials
     * (their OfficialUpserted carries the organisation) so that projections follow.
     */
    @Transactional
    public Organisation updateOrganisation(UUID id, Drafts.NewOrganisation request) {
        Organisation organisation = organisation(id);
        access.requireMayChange(organisation);
        apply(organisation, request);
        OffsetDateTime at = Timestamps.now();
        officials.list("organisation.id", organisation.id).forEach(official -> events.upserted(official, at));
        return organisation;
    }

    private static void apply(Organisation organisation, Drafts.NewOrganisation request) {
        requireCountry("countryCode", request.countryCode());
        if (blank(request.nameAr()) && blank(request.nameEn())) {
            throw ProblemException.invalidField("nameAr", "an Arabic or an English name is required");
        }
        organisation.kind = request.kind();
        organisation.countryCode = request.countryCode();
        organisation.nameAr = request.nameAr();
        organisation.nameEn = request.nameEn();
    }

    /** Records an official and publishes OfficialUpserted in the same transaction. */
    @Transactional
    public Official createOfficial(Drafts.NewOfficial request) {
        Official official = new Official();
        official.id = UUID.randomUUID();
        official.createdAt = Timestamps.now();
        official.recordedBy = access.enteringOrganisation();
        apply(official, request);
        officials.persist(official);
        events.upserted(official, official.createdAt);
        return official;
    }

    /**
     * Replaces an official's details, e.g. adds the name of someone known only by title, and
     * publishes OfficialUpserted.
     */
    @Transactional
    public Official updateOfficial(UUID id, Drafts.NewOfficial request) {
        Official official = official(id);
        access.requireMayChange(official);
        apply(official, request);
        events.upserted(official, Timestamps.now());
        return official;
    }

    /** Deactivates an official (they can no longer be given decisions) and publishes OfficialDeactivated. */
    @Transactional
    public Official deactivateOfficial(UUID id) {
        Official official = official(id);
        access.requireMayChange(official);
        if (!official.active) {
            throw ProblemException.conflict("official " + id + " is already inactive");
        }
        official.active = false;
        events.deactivated(official, Timestamps.now());
        return official;
    }

    private void apply(Official official, Drafts.NewOfficial request) {
        Organisation organisation = organisations.findByIdOptional(request.organisationId())
                .orElseThrow(() -> ProblemException.invalidField("organisationId", "no such organisation"));
        if (blank(request.nameAr()) && blank(request.nameEn()) && blank(request.titleAr()) && blank(request.titleEn())) {
            throw ProblemException.invalidField("nameAr", "a name or a title (Arabic or English) is required");
        }
        official.organisation = organisation;
        official.nameAr = request.nameAr();
        official.nameEn = request.nameEn();
        official.titleAr = request.titleAr();
        official.titleEn = request.titleEn();
        official.email = request.email();
        official.phone = request.phone();
        official.preferredLanguage = request.preferredLanguage();
        official.timeZone = Zones.checked("timeZone", request.timeZone());
        official.signsIn = request.signsIn();
    }

    public Official official(UUID id) {
        return officials.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("official", id));
    }

    public Organisation organisation(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    public Page<Official> officials(UUID organisationId, String countryCode, Boolean active, int page, int size) {
        return Page.of(officials.search(organisationId, countryCode, active), page, size);
    }

    public Page<Organisation> organisations(String countryCode, Enums.OrganisationKind kind, int page, int size) {
        return Page.of(organisations.search(countryCode, kind), page, size);
    }

    static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.invalidField(field, "unknown ISO 3166-1 country code " + code);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
