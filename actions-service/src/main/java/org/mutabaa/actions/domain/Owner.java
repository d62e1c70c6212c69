package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** The official who owns an action, as the directory described them when it was assigned. */
@Embeddable
public class Owner {

    @Column(name = "owner_official_id")
    public UUID officialId;

    @Column(name = "owner_organisation_id")
    public UUID organisationId;

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

    /** ISO 639-1: ar or en. */
    @Column(name = "owner_language")
    public String preferredLanguage;
}
