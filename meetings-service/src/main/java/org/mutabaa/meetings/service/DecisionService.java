package org.mutabaa.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Language;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.messaging.DecisionEvents;
import org.mutabaa.meetings.repository.DecisionRepository;
import org.mutabaa.meetings.repository.OfficialRepository;
import org.mutabaa.meetings.rest.Requests;
import org.mutabaa.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Recording decisions and adopting them; adoption publishes DecisionAdopted through the outbox. */
@ApplicationScoped
public class DecisionService {

    private final DecisionRepository decisions;
    private final OfficialRepository officials;
    private final MeetingService meetings;
    private final DecisionEvents events;

    public DecisionService(DecisionRepository decisions, OfficialRepository officials, MeetingService meetings,
                           DecisionEvents events) {
        this.decisions = decisions;
        this.officials = officials;
        this.meetings = meetings;
        this.events = events;
    }

    /** Records a draft decision of a meeting. */
    @Transactional
    public Decision record(UUID meetingId, Requests.NewDecision request) {
        Meeting meeting = meetings.get(meetingId);
        boolean hasAr = !DirectoryService.blank(request.textAr());
        boolean hasEn = !DirectoryService.blank(request.textEn());
        if (!hasAr && !hasEn) {
            throw ProblemException.invalidField("textAr", "an Arabic or an English text is required");
        }
        Language authoritative = request.authoritativeLanguage() != null ? request.authoritativeLanguage()
                : hasAr ? Language.AR : Language.EN;
        if ((authoritative == Language.AR && !hasAr) || (authoritative == Language.EN && !hasEn)) {
            throw ProblemException.invalidField("authoritativeLanguage",
                    "the authoritative text (" + authoritative.code() + ") is missing");
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.meeting = meeting;
        if (request.agendaItem() != null) {
            decision.agendaItem = meeting.agendaItem(request.agendaItem()).orElseThrow(() ->
                    ProblemException.invalidField("agendaItem", "the meeting has no agenda item " + request.agendaItem()));
        }
        decision.textAr = request.textAr();
        decision.textEn = request.textEn();
        decision.authoritativeLanguage = authoritative;
        decision.type = request.type();
        decision.dueDate = request.dueDate();
        decision.createdAt = DirectoryService.now();
        List<UUID> ownerIds = request.ownerIds();
        for (int i = 0; i < ownerIds.size(); i++) {
            String field = "ownerIds[" + i + "]";
            Official owner = officials.findByIdOptional(ownerIds.get(i))
                    .orElseThrow(() -> ProblemException.invalidField(field, "no such official"));
            if (!owner.active) {
                throw ProblemException.invalidField(field, "this official is no longer active");
            }
            if (decision.owners.contains(owner)) {
                throw ProblemException.invalidField(field, "this official is already an owner");
            }
            decision.owners.add(owner);
        }
        decisions.persist(decision);
        return decision;
    }

    /** Adopts a draft and, in the same transaction, writes DecisionAdopted to the outbox. */
    @Transactional
    public Decision adopt(UUID decisionId) {
        Decision decision = get(decisionId);
        decision.adopt(DirectoryService.now());
        events.adopted(decision);
        return decision;
    }

    public Decision get(UUID id) {
        return decisions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("decision", id));
    }

    public List<Decision> ofMeeting(UUID meetingId) {
        meetings.get(meetingId);
        return decisions.ofMeeting(meetingId);
    }
}
