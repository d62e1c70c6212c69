package org.mutabaa.meetings.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Participant;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;

import java.util.ArrayList;
import java.util.List;

/** Writes the decision events to the outbox (channel {@code decisions}, key: decision id). */
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

    public CloudEvent adopted(Decision decision) {
        Meeting m = decision.meeting;
        List<DecisionAdopted.Person> participants = new ArrayList<>();
        for (Delegation delegation : m.delegations) {
            for (Participant p : delegation.participants) {
                participants.add(person(p.official, delegation.countryCode, p.role.name()));
            }
        }
        DecisionAdopted data = new DecisionAdopted(
                decision.id,
                new DecisionAdopted.Meeting(m.id, m.titleAr, m.titleEn, m.classification.name(), m.startsAt, m.timeZone),
                decision.agendaItem == null ? null : new DecisionAdopted.AgendaItem(decision.agendaItem.position,
                        decision.agendaItem.titleAr, decision.agendaItem.titleEn),
                decision.type.name(), decision.textAr, decision.textEn, decision.authoritativeLanguage.code(),
                decision.dueDate,
                decision.owners.stream().map(o -> person(o, o.organisation.countryCode, null)).toList(),
                participants,
                decision.adoptedAt);
        CloudEvent event = codec.envelope(SOURCE, DecisionAdopted.TYPE, "decisions/" + decision.id, data);
        return outbox.append(CHANNEL, decision.id.toString(), event);
    }

    private static DecisionAdopted.Person person(Official o, String countryCode, String role) {
        return new DecisionAdopted.Person(o.id, o.organisation.id, countryCode, o.nameAr, o.nameEn, o.titleAr,
                o.titleEn, o.preferredLanguage.code(), role);
    }
}
