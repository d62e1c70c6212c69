package org.mutabaa.actions.service.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.service.links.ActionLinks;
import org.mutabaa.actions.domain.FocalAddress;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.domain.OrganisationFollowUp;
import org.mutabaa.actions.events.ActionPerson;
import org.mutabaa.actions.events.FocalPointsOf;
import org.mutabaa.actions.repository.OrganisationFollowUpRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Each organisation's follow-up focal points: officials of the organisation (and addresses of people
 * outside the directory) who are told of the
 * actions it owns (and may hand one to a person of it) and, for the organisation of a recording
 * secretariat, of the done actions it is to verify and the escalations that reach it.
 */
@ApplicationScoped
public class FocalPoints implements FocalPointsOf {

    /** How many focal points an organisation may name. */
    public static final int MAX = 10;

    private final OrganisationFollowUpRepository followUps;
    private final Directory directory;
    private final Access access;
    private final Now now;
    private final ActionLinks links;

    public FocalPoints(OrganisationFollowUpRepository followUps, Directory directory, Access access, Now now,
                       ActionLinks links) {
        this.links = links;
        this.followUps = followUps;
        this.directory = directory;
        this.access = access;
        this.now = now;
    }

    /**
     * The organisation's focal points: the active officials in the order named, then the addresses
     * (no officialId, an email).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ActionPerson> of(UUID organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        return followUps.findByIdOptional(organisationId).map(f -> {
            List<ActionPerson> people = new ArrayList<>();
            f.focalPoints.stream().map(id -> directory.find(id).filter(o -> o.active).orElse(null))
                    .filter(Objects::nonNull).map(FocalPoints::person).forEach(people::add);
            f.addresses.forEach(a -> people.add(new ActionPerson(null, organisationId, null, null, null, a.nameAr,
                    a.nameEn, null, null, a.preferredLanguage, null, a.email, null, null)));
            return people;
        }).orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ActionPerson> owning(Action action) {
        return of(action.owner.organisationId).stream().map(p -> links.withLink(action, p)).toList();
    }

    /** Whether the official is one of the organisation's focal points. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isFocalPoint(UUID organisationId, UUID officialId) {
        return officialId != null && organisationId != null && followUps.findByIdOptional(organisationId)
                .map(f -> f.focalPoints.contains(officialId)).orElse(false);
    }

    /** An organisation's focal points as named: the officials (as the directory knows them now), then the addresses. */
    public record Named(List<Official> officials, List<FocalAddress> addresses) {
    }

    /** The focal points named, read once (a deactivated official is shown as such). */
    @Transactional
    public Named named(UUID organisationId) {
        return followUps.findByIdOptional(organisationId).map(f -> new Named(f.focalPoints.stream()
                        .map(id -> directory.find(id).orElse(null)).filter(Objects::nonNull).toList(),
                        List.copyOf(f.addresses)))
                .orElse(new Named(List.of(), List.of()));
    }


    /**
     * Names the organisation's focal points (replacing any before): active officials of the
     * organisation, and addresses for people outside the directory, at most {@link #MAX} in all. Its
     * own secretariat, a secretariat that recorded a meeting whose action it owns, or an administrator.
     */
    @Transactional
    public Named name(UUID organisationId, List<UUID> officialIds, List<FocalAddress> addresses, UUID actor) {
        access.requireMayNameFocalPoints(organisationId);
        if (officialIds.size() + addresses.size() > MAX) {
            throw ProblemException.invalidField("addresses", "makes more than " + MAX + " focal points with the officials");
        }
        Set<String> mailboxes = new HashSet<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (!mailboxes.add(addresses.get(i).email.trim().toLowerCase(java.util.Locale.ROOT))) {
                throw ProblemException.invalidField("addresses[" + i + "].email", "is named twice");
            }
        }
        Set<UUID> seen = new HashSet<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < officialIds.size(); i++) {
            String field = "focalPointIds[" + i + "]";
            Official o = directory.requireActive(field, officialIds.get(i));
            if (!organisationId.equals(o.organisationId)) {
                throw ProblemException.invalidField(field, "is not an official of the organisation " + organisationId);
            }
            if (!seen.add(o.id)) {
                throw ProblemException.invalidField(field, "is named twice");
            }
            ids.add(o.id);
        }
        OrganisationFollowUp f = followUps.findByIdOptional(organisationId).orElseGet(() -> {
            OrganisationFollowUp created = new OrganisationFollowUp();
            created.organisationId = organisationId;
            return created;
        });
        f.focalPoints.clear();
        f.focalPoints.addAll(ids);
        f.addresses.clear();
        addresses.forEach(a -> f.addresses.add(new FocalAddress(a.email.trim(), a.nameAr, a.nameEn, a.preferredLanguage)));
        f.updatedAt = now.get();
        f.updatedBy = actor;
        followUps.persist(f);
        return named(organisationId);
    }

    /** The official as action events carry people. */
    public static ActionPerson person(Official o) {
        return new ActionPerson(o.id, o.organisationId, o.organisationNameAr, o.organisationNameEn, o.countryCode,
                o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.preferredLanguage, o.timeZone, null, null, null);
    }
}
