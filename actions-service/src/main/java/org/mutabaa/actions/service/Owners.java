package org.mutabaa.actions.service;

import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.domain.Owner;

/** Owners as the directory projection describes them. */
final class Owners {

    private Owners() {
    }

    static Owner of(Official o) {
        Owner owner = new Owner();
        owner.officialId = o.id;
        owner.organisationId = o.organisationId;
        owner.organisationNameAr = o.organisationNameAr;
        owner.organisationNameEn = o.organisationNameEn;
        owner.countryCode = o.countryCode;
        owner.nameAr = o.nameAr;
        owner.nameEn = o.nameEn;
        owner.titleAr = o.titleAr;
        owner.titleEn = o.titleEn;
        owner.preferredLanguage = o.preferredLanguage;
        return owner;
    }
}
