package org.mutabaa.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A ministry, agency or company of a country. */
@Entity
public class Organisation {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Enums.OrganisationKind kind;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
