package org.mutabaa.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a directory official, from {@code directory.officials}: how to reach them. */
@Entity
public class Official {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    public String email;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "time_zone")
    public String timeZone;

    public boolean active;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
