package org.mutabaa.meetings.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.repository.OfficialRepository;
import org.mutabaa.meetings.repository.OrganisationRepository;
import org.mutabaa.meetings.rest.Requests;
import org.mutabaa.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Organisations and officials. */
@ApplicationScoped
public class DirectoryService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganisationRepository organisations;
    private final OfficialRepository officials;

    public DirectoryService(OrganisationRepository organisations, OfficialRepository officials) {
        this.organisations = organisations;
        this.officials = officials;
    }

    @Transactional
    public Organisation createOrganisation(Requests.NewOrganisation request) {
        requireCountry("countryCode", request.countryCode());
        if (blank(request.nameAr()) && blank(request.nameEn())) {
            throw ProblemException.invalidField("nameAr", "an Arabic or an English name is required");
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.kind = request.kind();
        organisation.countryCode = request.countryCode();
        organisation.nameAr = request.nameAr();
        organisation.nameEn = request.nameEn();
        organisation.createdAt = now();
        organisations.persist(organisation);
        return organisation;
    }

    @Transactional
    public Official createOfficial(Requests.NewOfficial request) {
        Organisation organisation = organisations.findByIdOptional(request.organisationId())
                .orElseThrow(() -> ProblemException.invalidField("organisationId", "no such organisation"));
        if (blank(request.nameAr()) && blank(request.nameEn()) && blank(request.titleAr()) && blank(request.titleEn())) {
            throw ProblemException.invalidField("nameAr", "a name or a title (Arabic or English) is required");
        }
        Official official = new Official();
        official.id = UUID.randomUUID();
        official.organisation = organisation;
        official.nameAr = request.nameAr();
        official.nameEn = request.nameEn();
        official.titleAr = request.titleAr();
        official.titleEn = request.titleEn();
        official.email = request.email();
        official.phone = request.phone();
        official.preferredLanguage = request.preferredLanguage();
        official.createdAt = now();
        officials.persist(official);
        return official;
    }

    public Official official(UUID id) {
        return officials.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("official", id));
    }

    public Organisation organisation(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    public PanacheQuery<Official> officials(UUID organisationId) {
        return officials.search(organisationId);
    }

    static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.invalidField(field, "unknown ISO 3166-1 country code " + code);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
