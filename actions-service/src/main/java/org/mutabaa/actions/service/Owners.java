package org.mutabaa.actions.service;

import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.events.DecisionData;

/** Owners as the directory projection or a decision event describes them. */
public final class Owners {

    private Owners() {
    }

    public static Owner of(Official o) {
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

    /** An official as the decision event named them; the organisation's names from the directory when known. */
    public static Owner of(DecisionData.Person p, Official known) {
        Owner owner = new Owner();
        owner.officialId = p.officialId();
        owner.organisationId = p.organisationId();
        owner.countryCode = p.countryCode();
        owner.nameAr = p.nameAr();
        owner.nameEn = p.nameEn();
        owner.titleAr = p.titleAr();
        owner.titleEn = p.titleEn();
        owner.preferredLanguage = "en".equals(p.preferredLanguage()) ? "en" : "ar";
        if (known != null) {
            owner.organisationNameAr = known.organisationNameAr;
            owner.organisationNameEn = known.organisationNameEn;
        }
        return owner;
    }

    /** An organisation owning an action until a person is named. */
    public static Owner of(DecisionData.Organisation o) {
        Owner owner = new Owner();
        owner.organisationId = o.organisationId();
        owner.countryCode = o.countryCode();
        owner.organisationNameAr = o.nameAr();
        owner.organisationNameEn = o.nameEn();
        return owner;
    }
}
