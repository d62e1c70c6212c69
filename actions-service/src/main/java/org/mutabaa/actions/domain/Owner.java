package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * Who owns an action, as known when it was assigned: an official, or an organisation until a
 * person is named ({@link #officialId} null).
 */
@Embeddable
public class Owner {

    @Column(name = "owner_official_id")
    public UUID officialId;

    @Column(name = "owner_organisation_id")
    public UUID organisationId;

    @Column(name = "owner_organisation_name_ar")
    public String organisationNameAr;

    @Column(name = "owner_organisation_name_en")
    public String organisationNameEn;

    @Column(name = "owner_country_code")
    public String countryCode;

    @Column(name = "owner_name_ar")
    public String nameAr;

    @Column(name = "owner_name_en")
    public String nameEn;

    @Column(name = "owner_title_ar")
    public String titleAr;

    @Column(name = "owner_title_en")
    public String titleEn;

    /** ISO 639-1: ar or en; absent for an organisation. */
    @Column(name = "owner_language")
    public String preferredLanguage;

    public boolean isOrganisation() {
        return officialId == null;
    }

    /** A short label for history: the official's or organisation's id. */
    public String ref() {
        return isOrganisation() ? "organisation:" + organisationId : "official:" + officialId;
    }
}
