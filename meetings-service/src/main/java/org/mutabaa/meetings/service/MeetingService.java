package org.mutabaa.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.AgendaItem;
import org.mutabaa.meetings.domain.Delegation;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.MeetingFilter;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Participant;
import org.mutabaa.meetings.repository.MeetingRepository;
import org.mutabaa.meetings.repository.OfficialRepository;
import org.mutabaa.meetings.repository.OrganisationRepository;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.persistence.Timestamps;
import org.mutabaa.platform.time.Zones;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Recording meetings with their delegations and agenda. */
@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final OfficialRepository officials;
    private final OrganisationRepository organisations;
    private final Access access;

    public MeetingService(MeetingRepository meetings, OfficialRepository officials,
                          OrganisationRepository organisations, Access access) {
        this.meetings = meetings;
        this.officials = officials;
        this.organisations = organisations;
        this.access = access;
    }

    @Transactional
    public Meeting create(Drafts.NewMeeting request) {
        if (DirectoryService.blank(request.titleAr()) && DirectoryService.blank(request.titleEn())) {
            throw ProblemException.invalidField("titleAr", "an Arabic or an English title is required");
        }
        Zones.checked("timeZone", request.timeZone());
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.titleAr = request.titleAr();
        meeting.titleEn = request.titleEn();
        meeting.kind = request.kind();
        meeting.modality = request.modality();
        meeting.platform = request.platform();
        meeting.startsAt = request.startsAt();
        meeting.timeZone = request.timeZone();
        meeting.classification = request.classification() == null ? Enums.Classification.INTERNAL : request.classification();
        meeting.status = request.status() == null ? Enums.MeetingStatus.SCHEDULED : request.status();
        if (meeting.status == Enums.MeetingStatus.MINUTES_APPROVED || meeting.status == Enums.MeetingStatus.CANCELLED) {
            throw ProblemException.invalidField("status", "a meeting is recorded as SCHEDULED or HELD");
        }
        meeting.createdAt = Timestamps.now();
        meeting.organisationId = access.recordingOrganisation(request.recordedBy());
        if (meeting.organisationId != null && organisations.findByIdOptional(meeting.organisationId).isEmpty()) {
            throw ProblemException.invalidField("recordedBy", "no such organisation");
        }
        Set<UUID> seen = new HashSet<>();
        for (int d = 0; d < request.delegations().size(); d++) {
            meeting.delegations.add(delegation(meeting, d, request.delegations().get(d), seen));
        }
        meeting.agenda.addAll(agenda(meeting, request.agenda()));
        meetings.persist(meeting);
        return meeting;
    }

    /** The agenda items asked for, checked, numbered from 1. */
    List<AgendaItem> agenda(Meeting meeting, List<Drafts.NewAgendaItem> requested) {
        List<Drafts.NewAgendaItem> agenda = requested == null ? List.of() : requested;
        List<AgendaItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            Drafts.NewAgendaItem item = agenda.get(i);
            if (DirectoryService.blank(item.titleAr()) && DirectoryService.blank(item.titleEn())) {
                throw ProblemException.invalidField("agenda[" + i + "].titleAr", "an Arabic or an English title is required");
            }
            AgendaItem agendaItem = new AgendaItem();
            agendaItem.id = UUID.randomUUID();
            agendaItem.meeting = meeting;
            agendaItem.position = i + 1;
            agendaItem.titleAr = item.titleAr();
            agendaItem.titleEn = item.titleEn();
            items.add(agendaItem);
        }
        return items;
    }

    Delegation delegation(Meeting meeting, int index, Drafts.NewDelegation request, Set<UUID> seen) {
        String field = "delegations[" + index + "]";
        DirectoryService.requireCountry(field + ".countryCode", request.countryCode());
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.meeting = meeting;
        delegation.position = index + 1;
        delegation.countryCode = request.countryCode();
        if (request.organisationId() != null) {
            delegation.organisation = organisations.findByIdOptional(request.organisationId())
                    .orElseThrow(() -> ProblemException.invalidField(field + ".organisationId", "no such organisation"));
        }
        for (int p = 0; p < request.participants().size(); p++) {
            Drafts.NewParticipant participant = request.participants().get(p);
            String participantField = field + ".participants[" + p + "].officialId";
            Official official = officials.findByIdOptional(participant.officialId())
                    .orElseThrow(() -> ProblemException.invalidField(participantField, "no such official"));
            if (!seen.add(official.id)) {
                throw ProblemException.invalidField(participantField, "this official is already in a delegation");
            }
            delegation.participants.add(new Participant(official, participant.role()));
        }
        return delegation;
    }

    /** Moves a meeting to HELD or CANCELLED; minutes are approved through the decisions. */
    @Transactional
    public Meeting moveTo(UUID id, Enums.MeetingStatus status) {
        if (status == Enums.MeetingStatus.MINUTES_APPROVED) {
            throw ProblemException.invalidField("status", "approve the minutes with POST /meetings/{id}/minutes/approval");
        }
        Meeting meeting = manage(id);
        meeting.moveTo(status);
        return meeting;
    }

    /** A meeting the caller may read; one they may not is not found. */
    public Meeting read(UUID id) {
        return access.readable(find(id));
    }

    /** A meeting the caller may change. */
    public Meeting manage(UUID id) {
        return access.manageable(find(id));
    }

    private Meeting find(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
    }

    /** A page of the meetings the caller may read that match the filter. */
    public Page<Meeting> list(MeetingFilter criteria, int page, int size) {
        if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return Page.of(meetings.search(criteria, access.reader()), page, size);
    }
}
