package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.actions.domain.Owner;

import java.util.UUID;

/**
 * An official or organisation as action events carry them, so that consumers can address and
 * greet them without a directory of their own. {@code officialId} is absent for an organisation,
 * and for a focal point named by address ({@code email}: someone outside the directory, told by mail).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPerson(UUID officialId, UUID organisationId, String organisationNameAr, String organisationNameEn,
                           String countryCode, String nameAr, String nameEn, String titleAr, String titleEn,
                           String preferredLanguage, String timeZone, String email) {

    public static ActionPerson of(Owner o, String timeZone) {
        return new ActionPerson(o.officialId, o.organisationId, o.organisationNameAr, o.organisationNameEn,
                o.countryCode, o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.preferredLanguage,
                o.isOrganisation() ? null : timeZone, null);
    }

    public static ActionPerson of(DecisionData.Person p) {
        return new ActionPerson(p.officialId(), p.organisationId(), null, null, p.countryCode(), p.nameAr(),
                p.nameEn(), p.titleAr(), p.titleEn(), p.preferredLanguage(), p.timeZone(), null);
    }
}
