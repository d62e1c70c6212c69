package org.mutabaa.meetings.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.AgendaItem;
import org.mutabaa.meetings.domain.Counterpart;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.MeetingCorrection;
import org.mutabaa.meetings.events.DecisionAmended;
import org.mutabaa.meetings.events.DecisionEvents;
import org.mutabaa.meetings.repository.DecisionRepository;
import org.mutabaa.meetings.repository.MeetingCorrectionRepository;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.persistence.Timestamps;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.time.Zones;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Corrections of a recorded meeting until its minutes are approved: title, modality, time,
 * delegations and agenda. Each is kept with its reason and each field before and after; when the
 * meeting has decisions in force, each of them is published again as amended (field {@code meeting}),
 * so that actions and notifications follow the meeting as it now stands.
 */
@ApplicationScoped
public class MeetingCorrections {

    private final MeetingService meetings;
    private final DecisionRepository decisions;
    private final MeetingCorrectionRepository corrections;
    private final DecisionEvents events;
    private final EventCodec codec;
    private final Caller caller;

    public MeetingCorrections(MeetingService meetings, DecisionRepository decisions,
                              MeetingCorrectionRepository corrections, DecisionEvents events, EventCodec codec,
                              Caller caller) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.corrections = corrections;
        this.events = events;
        this.codec = codec;
        this.caller = caller;
    }

    @Transactional
    public Meeting correct(UUID id, Drafts.MeetingCorrection request) {
        Meeting meeting = meetings.manage(id);
        if (meeting.status == Enums.MeetingStatus.MINUTES_APPROVED || meeting.status == Enums.MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("meeting " + id + " is " + meeting.status
                    + "; a meeting is corrected until its minutes are approved");
        }
        if (DirectoryService.blank(request.titleAr()) && DirectoryService.blank(request.titleEn())) {
            throw ProblemException.invalidField("titleAr", "an Arabic or an English title is required");
        }
        Zones.checked("timeZone", request.timeZone());
        Set<UUID> seen = new HashSet<>();
        List<Delegation> delegations = new java.util.ArrayList<>();
        for (int d = 0; d < request.delegations().size(); d++) {
            delegations.add(meetings.delegation(meeting, d, request.delegations().get(d), seen));
        }
        List<AgendaItem> agenda = meetings.agenda(meeting, request.agenda());
        List<Decision> ofMeeting = decisions.ofMeeting(id);
        Set<String> countries = new HashSet<>();
        delegations.forEach(d -> countries.add(d.countryCode));
        for (Decision decision : ofMeeting) {
            if (decision.agendaItem != null && decision.agendaItem.position > agenda.size()) {
                throw ProblemException.invalidField("agenda", "a decision is recorded under agenda item "
                        + decision.agendaItem.position + "; the agenda must keep it");
            }
            for (Counterpart pair : decision.counterparts) {
                if (!countries.contains(pair.counterpart.organisation.countryCode)) {
                    throw ProblemException.invalidField("delegations", "a decision names a counterpart of "
                            + pair.counterpart.organisation.countryCode + "; the meeting must keep that delegation");
                }
            }
        }

        ObjectNode before = snapshot(meeting);
        meeting.titleAr = request.titleAr();
        meeting.titleEn = request.titleEn();
        meeting.modality = request.modality();
        meeting.platform = request.platform();
        meeting.startsAt = request.startsAt();
        meeting.timeZone = request.timeZone();
        replaceDelegations(meeting, delegations);
        replaceAgenda(meeting, agenda);
        ObjectNode after = snapshot(meeting);
        Map<String, JsonNode[]> changed = new LinkedHashMap<>();
        before.fieldNames().forEachRemaining(f -> {
            if (!Objects.equals(before.get(f), after.get(f))) {
                changed.put(f, new JsonNode[] {before.get(f), after.get(f)});
            }
        });
        if (changed.isEmpty()) {
            return meeting;
        }
        OffsetDateTime at = Timestamps.now();
        MeetingCorrection correction = new MeetingCorrection();
        correction.id = UUID.randomUUID();
        correction.meetingId = id;
        correction.correctedAt = at;
        correction.correctedBy = caller.officialIdOrNull();
        correction.reason = request.reason();
        correction.changes = codec.tree(changed.entrySet().stream().map(e -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("field", e.getKey());
            change.put("before", e.getValue()[0]);
            change.put("after", e.getValue()[1]);
            return change;
        }).toList()).toString();
        corrections.persist(correction);

        ObjectNode was = (ObjectNode) codec.tree(new LinkedHashMap<>());
        ObjectNode is = (ObjectNode) codec.tree(new LinkedHashMap<>());
        changed.forEach((field, values) -> {
            was.set(field, values[0]);
            is.set(field, values[1]);
        });
        for (Decision decision : ofMeeting) {
            if (decision.inForce()) {
                decision.amend(at);
                events.amended(decision, List.of(new DecisionAmended.Change("meeting", was, is)));
            }
        }
        return meeting;
    }

    /** A meeting's corrections, oldest first. */
    public Page<MeetingCorrection> of(UUID meetingId, int page, int size) {
        meetings.read(meetingId);
        return Page.of(corrections.ofMeeting(meetingId), page, size);
    }

    /**
     * Delegations and agenda items keep their rows by position (unique per meeting): the ones kept are
     * updated in place, those past the new end removed, new ones added.
     */
    private static void replaceDelegations(Meeting meeting, List<Delegation> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            Delegation w = wanted.get(i);
            if (i < meeting.delegations.size()) {
                Delegation kept = meeting.delegations.get(i);
                kept.countryCode = w.countryCode;
                kept.organisation = w.organisation;
                kept.participants.clear();
                kept.participants.addAll(w.participants);
            } else {
                meeting.delegations.add(w);
            }
        }
        while (meeting.delegations.size() > wanted.size()) {
            meeting.delegations.remove(meeting.delegations.size() - 1);
        }
    }

    private static void replaceAgenda(Meeting meeting, List<AgendaItem> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            AgendaItem w = wanted.get(i);
            if (i < meeting.agenda.size()) {
                meeting.agenda.get(i).titleAr = w.titleAr;
                meeting.agenda.get(i).titleEn = w.titleEn;
            } else {
                meeting.agenda.add(w);
            }
        }
        while (meeting.agenda.size() > wanted.size()) {
            meeting.agenda.remove(meeting.agenda.size() - 1);
        }
    }

    /** The fields a correction reports, as JSON values. */
    private ObjectNode snapshot(Meeting m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("titleAr", m.titleAr);
        fields.put("titleEn", m.titleEn);
        fields.put("modality", m.modality);
        fields.put("platform", m.platform);
        fields.put("startsAt", m.startsAt == null ? null : m.startsAt.toInstant().toString());
        fields.put("timeZone", m.timeZone);
        fields.put("delegations", m.delegations.stream().map(d -> Map.of("countryCode", d.countryCode,
                "organisationId", d.organisation == null ? "" : d.organisation.id.toString(),
                "participants", d.participants.stream().map(p -> Map.of("officialId", p.official.id.toString(),
                        "role", p.role.name())).toList())).toList());
        fields.put("agenda", m.agenda.stream().map(a -> java.util.Arrays.asList(a.titleAr, a.titleEn)).toList());
        return (ObjectNode) codec.tree(fields);
    }
}
