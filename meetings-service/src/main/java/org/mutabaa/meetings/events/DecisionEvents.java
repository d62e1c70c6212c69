package org.mutabaa.meetings.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.domain.Participant;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the decision events to the outbox (channel {@code decisions}, key: decision id, so a
 * decision's adoption, amendments and revocation stay in order).
 */
@ApplicationScoped
public class DecisionEvents {

    public static final String CHANNEL = "decisions";
    public static final String SOURCE = "/mutabaa/meetings-service";

    private final Outbox outbox;
    private final EventCodec codec;

    public DecisionEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public CloudEvent adopted(Decision d) {
        return append(d, DecisionAdopted.TYPE, new DecisionAdopted(d.id, meeting(d.meeting), agendaItem(d), d.type.name(),
                d.textAr, d.textEn, d.authoritativeLanguage.code(), d.dueDate, d.dueInWorkingDays, owners(d),
                organisationOwners(d),
                actionItems(d), participants(d.meeting), d.adoptedAt, counterparts(d)));
    }

    public CloudEvent amended(Decision d, List<DecisionAmended.Change> changes) {
        return append(d, DecisionAmended.TYPE, new DecisionAmended(d.id, meeting(d.meeting), agendaItem(d),
                d.type.name(), d.textAr, d.textEn, d.authoritativeLanguage.code(), d.dueDate, d.dueInWorkingDays,
                owners(d),
                organisationOwners(d), actionItems(d), participants(d.meeting), changes, d.amendedAt,
                counterparts(d)));
    }

    public CloudEvent revoked(Decision d) {
        return append(d, DecisionRevoked.TYPE, new DecisionRevoked(d.id, meeting(d.meeting), owners(d),
                organisationOwners(d), participants(d.meeting), d.revocationReason, d.revokedAt));
    }

    private CloudEvent append(Decision d, String type, Object data) {
        CloudEvent event = codec.envelope(SOURCE, type, "decisions/" + d.id, data);
        return outbox.append(CHANNEL, d.id.toString(), event);
    }

    private static DecisionAdopted.Meeting meeting(Meeting m) {
        return new DecisionAdopted.Meeting(m.id, m.titleAr, m.titleEn, m.classification.name(), m.startsAt, m.timeZone,
                m.organisationId);
    }

    private static DecisionAdopted.AgendaItem agendaItem(Decision d) {
        return d.agendaItem == null ? null
                : new DecisionAdopted.AgendaItem(d.agendaItem.position, d.agendaItem.titleAr, d.agendaItem.titleEn);
    }

    private static List<DecisionAdopted.Person> owners(Decision d) {
        return d.owners.stream().map(o -> person(o, o.organisation.countryCode, null)).toList();
    }

    /** Null when there is none, so that the field is left out. */
    private static List<DecisionAdopted.OrganisationRef> organisationOwners(Decision d) {
        return d.ownerOrganisations.isEmpty() ? null : d.ownerOrganisations.stream().map(DecisionEvents::organisation).toList();
    }

    /** Null when there is none, so that the field is left out. */
    private static List<DecisionAdopted.CounterpartRef> counterparts(Decision d) {
        return d.counterparts.isEmpty() ? null : d.counterparts.stream().map(c -> new DecisionAdopted.CounterpartRef(
                c.owner.id, person(c.counterpart, c.counterpart.organisation.countryCode, null))).toList();
    }

    private static List<DecisionAdopted.ActionItem> actionItems(Decision d) {
        return d.actionItems.isEmpty() ? null : d.actionItems.stream().map(i -> new DecisionAdopted.ActionItem(
                i.position, i.textAr, i.textEn,
                i.ownerOfficial == null ? null : person(i.ownerOfficial, i.ownerOfficial.organisation.countryCode, null),
                i.ownerOrganisation == null ? null : organisation(i.ownerOrganisation), i.dueDate)).toList();
    }

    private static DecisionAdopted.OrganisationRef organisation(Organisation o) {
        return new DecisionAdopted.OrganisationRef(o.id, o.kind.name(), o.countryCode, o.nameAr, o.nameEn);
    }

    private static List<DecisionAdopted.Person> participants(Meeting m) {
        List<DecisionAdopted.Person> participants = new ArrayList<>();
        for (Delegation delegation : m.delegations) {
            for (Participant p : delegation.participants) {
                participants.add(person(p.official, delegation.countryCode, p.role.name()));
            }
        }
        return participants;
    }

    private static DecisionAdopted.Person person(Official o, String countryCode, String role) {
        return new DecisionAdopted.Person(o.id, o.organisation.id, countryCode, o.nameAr, o.nameEn, o.titleAr,
                o.titleEn, o.preferredLanguage.code(), o.timeZone, role);
    }
}
