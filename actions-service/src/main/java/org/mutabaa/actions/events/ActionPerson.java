package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.actions.domain.Owner;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An official or organisation as action events carry them, so that consumers can address and
 * greet them without a directory of their own. {@code officialId} is absent for an organisation,
 * and for a focal point named by address ({@code email}: someone outside the directory, told by mail).
 * Such a focal point of the organisation that owns the action carries, while the action is open to
 * work, {@code link}: the token of a signed link to a page for this action only, and its expiry
 * (docs/decisions/0034). It is a secret for their mail only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPerson(UUID officialId, UUID organisationId, String organisationNameAr, String organisationNameEn,
                           String countryCode, String nameAr, String nameEn, String titleAr, String titleEn,
                           String preferredLanguage, String timeZone, String email,
                           String link,
                           OffsetDateTime linkExpiresAt) {

    public static ActionPerson of(Owner o, String timeZone) {
        return new ActionPerson(o.officialId, o.organisationId, o.organisationNameAr, o.organisationNameEn,
                o.countryCode, o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.preferredLanguage,
                o.isOrganisation() ? null : timeZone, null, null, null);
    }

    public static ActionPerson of(DecisionData.Person p) {
        return new ActionPerson(p.officialId(), p.organisationId(), null, null, p.countryCode(), p.nameAr(),
                p.nameEn(), p.titleAr(), p.titleEn(), p.preferredLanguage(), p.timeZone(), null, null, null);
    }
}
