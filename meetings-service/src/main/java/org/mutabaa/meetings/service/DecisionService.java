package org.mutabaa.meetings.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.ActionItem;
import org.mutabaa.meetings.domain.Counterpart;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Language;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.events.DecisionAmended;
import org.mutabaa.meetings.events.DecisionEvents;
import org.mutabaa.meetings.repository.DecisionRepository;
import org.mutabaa.meetings.repository.OfficialRepository;
import org.mutabaa.meetings.repository.OrganisationRepository;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.EventTooLargeException;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.persistence.Timestamps;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The life of a decision: draft, adopted (alone or with the minutes), amended, revoked. Each
 * step after the draft writes its event to the outbox in the same transaction.
 */
@ApplicationScoped
public class DecisionService {

    private final DecisionRepository decisions;
    private final OfficialRepository officials;
    private final OrganisationRepository organisations;
    private final MeetingService meetings;
    private final DecisionEvents events;
    private final EventCodec codec;
    private final Access access;

    public DecisionService(DecisionRepository decisions, OfficialRepository officials,
                           OrganisationRepository organisations, MeetingService meetings, DecisionEvents events,
                           EventCodec codec, Access access) {
        this.access = access;
        this.decisions = decisions;
        this.officials = officials;
        this.organisations = organisations;
        this.meetings = meetings;
        this.events = events;
        this.codec = codec;
    }

    /** Records a draft decision of a meeting. */
    @Transactional
    public Decision record(UUID meetingId, Drafts.NewDecision request) {
        Meeting meeting = meetings.manage(meetingId);
        if (meeting.status == Enums.MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("meeting " + meetingId + " was cancelled");
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.meeting = meeting;
        decision.createdAt = Timestamps.now();
        apply(decision, request);
        decisions.persist(decision);
        return decision;
    }

    /** Adopts a draft and, in the same transaction, writes DecisionAdopted to the outbox. */
    @Transactional
    public Decision adopt(UUID decisionId) {
        Decision decision = manage(decisionId);
        adopt(decision, Timestamps.now());
        return decision;
    }

    private void adopt(Decision decision, OffsetDateTime at) {
        if (!decision.meeting.canAdoptDecisions()) {
            throw ProblemException.conflict("meeting " + decision.meeting.id + " is " + decision.meeting.status
                    + "; decisions are adopted once it has been HELD");
        }
        decision.adopt(at);
        try {
            events.adopted(decision);
        } catch (EventTooLargeException e) {
            throw e.naming(heaviest(decision));
        }
    }

    /**
     * Approves a held meeting's minutes: the meeting becomes MINUTES_APPROVED and every draft
     * decision of it is adopted, all in one transaction.
     */
    @Transactional
    public List<Decision> approveMinutes(UUID meetingId) {
        Meeting meeting = meetings.manage(meetingId);
        meeting.moveTo(Enums.MeetingStatus.MINUTES_APPROVED);
        OffsetDateTime now = Timestamps.now();
        List<Decision> adopted = new ArrayList<>();
        for (Decision decision : decisions.ofMeeting(meetingId)) {
            if (decision.status == Enums.DecisionStatus.DRAFT) {
                adopt(decision, now);
                adopted.add(decision);
            }
        }
        return adopted;
    }

    /**
     * Replaces a decision's content. A draft just changes; a decision in force becomes AMENDED
     * and DecisionAmended names what changed. A revoked decision cannot change.
     */
    @Transactional
    public Decision update(UUID decisionId, Drafts.NewDecision request) {
        Decision decision = manage(decisionId);
        if (decision.status == Enums.DecisionStatus.REVOKED) {
            throw ProblemException.conflict("decision " + decisionId + " was revoked and cannot change");
        }
        Map<String, JsonNode> before = snapshot(decision);
        apply(decision, request);
        if (decision.inForce()) {
            List<DecisionAmended.Change> changes = changes(before, snapshot(decision));
            if (!changes.isEmpty()) {
                decision.amend(Timestamps.now());
                try {
                    events.amended(decision, changes);
                } catch (EventTooLargeException e) {
                    throw e.naming(heaviest(decision));
                }
            }
        }
        return decision;
    }

    /** Which of the decision's texts weighs most in its events: textAr, textEn or actionItems. */
    static String heaviest(Decision d) {
        long ar = bytes(d.textAr);
        long en = bytes(d.textEn);
        long items = d.actionItems.stream().mapToLong(i -> bytes(i.textAr) + bytes(i.textEn)).sum();
        return items >= ar && items >= en ? "actionItems" : ar >= en ? "textAr" : "textEn";
    }

    private static long bytes(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * Deletes a draft decision, with its action items: it was never adopted, so nobody was told of it
     * and no action follows it. An adopted decision is revoked instead (409).
     */
    @Transactional
    public void deleteDraft(UUID decisionId) {
        Decision decision = manage(decisionId);
        if (decision.status != Enums.DecisionStatus.DRAFT) {
            throw ProblemException.conflict("decision " + decisionId + " is " + decision.status
                    + "; only a draft is deleted, an adopted decision is revoked");
        }
        decisions.delete(decision);
    }

    /** Revokes a decision in force and writes DecisionRevoked. */
    @Transactional
    public Decision revoke(UUID decisionId, String reason) {
        Decision decision = manage(decisionId);
        decision.revoke(Timestamps.now(), reason);
        events.revoked(decision);
        return decision;
    }

    private void apply(Decision decision, Drafts.NewDecision request) {
        Meeting meeting = decision.meeting;
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
        decision.agendaItem = request.agendaItem() == null ? null
                : meeting.agendaItem(request.agendaItem()).orElseThrow(() -> ProblemException.invalidField(
                        "agendaItem", "the meeting has no agenda item " + request.agendaItem()));
        decision.textAr = request.textAr();
        decision.textEn = request.textEn();
        decision.authoritativeLanguage = authoritative;
        decision.type = request.type();
        if (request.dueDate() != null && request.dueInWorkingDays() != null) {
            throw ProblemException.invalidField("dueInWorkingDays",
                    "give either a due date or a number of working days after the meeting, not both");
        }
        decision.dueDate = request.dueDate();
        decision.dueInWorkingDays = request.dueInWorkingDays();
        List<Official> owners = new ArrayList<>();
        List<UUID> ownerIds = request.ownerIds();
        for (int i = 0; i < ownerIds.size(); i++) {
            String field = "ownerIds[" + i + "]";
            Official owner = officials.findByIdOptional(ownerIds.get(i))
                    .orElseThrow(() -> ProblemException.invalidField(field, "no such official"));
            if (!owner.active && !decision.owners.contains(owner)) {
                throw ProblemException.invalidField(field, "this official is no longer active");
            }
            if (owners.contains(owner)) {
                throw ProblemException.invalidField(field, "this official is already an owner");
            }
            owners.add(owner);
        }
        List<Organisation> organisationOwners = new ArrayList<>();
        List<UUID> organisationIds = request.ownerOrganisationIds();
        for (int i = 0; i < organisationIds.size(); i++) {
            String field = "ownerOrganisationIds[" + i + "]";
            Organisation organisation = organisation(organisationIds.get(i), field);
            if (organisationOwners.contains(organisation)) {
                throw ProblemException.invalidField(field, "this organisation is already an owner");
            }
            organisationOwners.add(organisation);
        }
        if (owners.isEmpty() && organisationOwners.isEmpty()) {
            throw ProblemException.invalidField("ownerIds",
                    "a decision needs an owner: an official (ownerIds) or an organisation (ownerOrganisationIds)");
        }
        List<Counterpart> counterparts = counterparts(decision, owners, request.counterparts(),
                !request.actionItems().isEmpty());
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < request.actionItems().size(); i++) {
            items.add(actionItem(decision, i, request.actionItems().get(i)));
        }
        decision.owners.clear();
        decision.owners.addAll(owners);
        decision.ownerOrganisations.clear();
        decision.ownerOrganisations.addAll(organisationOwners);
        decision.counterparts.clear();
        decision.counterparts.addAll(counterparts);
        // Items keep their rows by position (unique per decision): an amended item is updated in
        // place, the ones past the new end removed, new ones added. Replacing them all would insert
        // the new rows before the old ones are deleted, and their positions would collide.
        for (int i = 0; i < items.size(); i++) {
            ActionItem wanted = items.get(i);
            if (i < decision.actionItems.size()) {
                ActionItem kept = decision.actionItems.get(i);
                kept.textAr = wanted.textAr;
                kept.textEn = wanted.textEn;
                kept.ownerOfficial = wanted.ownerOfficial;
                kept.ownerOrganisation = wanted.ownerOrganisation;
                kept.dueDate = wanted.dueDate;
            } else {
                decision.actionItems.add(wanted);
            }
        }
        while (decision.actionItems.size() > items.size()) {
            decision.actionItems.remove(decision.actionItems.size() - 1);
        }
    }

    /**
     * The leads and counterparts a decision names: each lead one of its owning officials, with at most
     * one counterpart; each counterpart an official of another country than the lead's, whose country
     * has a delegation at the meeting, and named once. A counterpart may own the decision too: then
     * the two owners' actions are linked.
     */
    private List<Counterpart> counterparts(Decision decision, List<Official> owners,
                                           List<Drafts.NewCounterpart> requested, boolean withItems) {
        List<Counterpart> pairs = new ArrayList<>();
        if (!requested.isEmpty() && withItems) {
            throw ProblemException.invalidField("counterparts",
                    "counterparts pair the decision's owners; a decision with action items follows those instead");
        }
        java.util.Set<String> delegations = new java.util.HashSet<>();
        decision.meeting.delegations.forEach(d -> delegations.add(d.countryCode));
        for (int i = 0; i < requested.size(); i++) {
            Drafts.NewCounterpart pair = requested.get(i);
            String field = "counterparts[" + i + "]";
            Official lead = owners.stream().filter(o -> o.id.equals(pair.ownerId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField(field + ".ownerId",
                            "not an owning official of this decision (ownerIds)"));
            Official counterpart = officials.findByIdOptional(pair.counterpartId())
                    .orElseThrow(() -> ProblemException.invalidField(field + ".counterpartId", "no such official"));
            boolean kept = decision.counterparts.stream().anyMatch(c -> c.counterpart.equals(counterpart));
            if (!counterpart.active && !kept) {
                throw ProblemException.invalidField(field + ".counterpartId", "this official is no longer active");
            }
            String country = counterpart.organisation.countryCode;
            if (Objects.equals(country, lead.organisation.countryCode)) {
                throw ProblemException.invalidField(field + ".counterpartId",
                        "of the lead's own country; a counterpart is of another delegation");
            }
            if (!delegations.contains(country)) {
                throw ProblemException.invalidField(field + ".counterpartId",
                        "the meeting has no delegation of " + country);
            }
            for (Counterpart named : pairs) {
                if (named.owner.equals(lead)) {
                    throw ProblemException.invalidField(field + ".ownerId", "this owner already has a counterpart");
                }
                if (named.counterpart.equals(counterpart)) {
                    throw ProblemException.invalidField(field + ".counterpartId", "already a counterpart");
                }
                if (named.counterpart.equals(lead) || named.owner.equals(counterpart)) {
                    throw ProblemException.invalidField(field + ".counterpartId",
                            "already in a pair, as a lead or a counterpart");
                }
            }
            pairs.add(new Counterpart(lead, counterpart));
        }
        return pairs;
    }

    private ActionItem actionItem(Decision decision, int index, Drafts.NewActionItem request) {
        String field = "actionItems[" + index + "]";
        if (DirectoryService.blank(request.textAr()) && DirectoryService.blank(request.textEn())) {
            throw ProblemException.invalidField(field + ".textAr", "an Arabic or an English text is required");
        }
        if ((request.ownerId() == null) == (request.ownerOrganisationId() == null)) {
            throw ProblemException.invalidField(field + ".ownerId",
                    "give exactly one owner: ownerId (an official) or ownerOrganisationId");
        }
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.decision = decision;
        item.position = index + 1;
        item.textAr = request.textAr();
        item.textEn = request.textEn();
        item.dueDate = request.dueDate();
        if (request.ownerId() != null) {
            item.ownerOfficial = officials.findByIdOptional(request.ownerId())
                    .orElseThrow(() -> ProblemException.invalidField(field + ".ownerId", "no such official"));
        } else {
            item.ownerOrganisation = organisation(request.ownerOrganisationId(), field + ".ownerOrganisationId");
        }
        return item;
    }

    private Organisation organisation(UUID id, String field) {
        return organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalidField(field, "no such organisation"));
    }

    /** The fields an amendment reports, as JSON values. */
    private Map<String, JsonNode> snapshot(Decision d) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("textAr", codec.tree(d.textAr));
        fields.put("textEn", codec.tree(d.textEn));
        fields.put("authoritativeLanguage", codec.tree(d.authoritativeLanguage));
        fields.put("type", codec.tree(d.type));
        fields.put("agendaItem", codec.tree(d.agendaItem == null ? null : d.agendaItem.position));
        fields.put("dueDate", codec.tree(d.dueDate));
        fields.put("dueInWorkingDays", codec.tree(d.dueInWorkingDays));
        fields.put("ownerIds", codec.tree(d.owners.stream().map(o -> o.id).toList()));
        fields.put("ownerOrganisationIds", codec.tree(d.ownerOrganisations.stream().map(o -> o.id).toList()));
        fields.put("actionItems", codec.tree(d.actionItems.stream().map(i -> new Drafts.NewActionItem(i.textAr,
                i.textEn, i.ownerOfficial == null ? null : i.ownerOfficial.id,
                i.ownerOrganisation == null ? null : i.ownerOrganisation.id, i.dueDate)).toList()));
        fields.put("counterparts", codec.tree(d.counterparts.stream()
                .map(c -> new Drafts.NewCounterpart(c.owner.id, c.counterpart.id)).toList()));
        return fields;
    }

    private static List<DecisionAmended.Change> changes(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<DecisionAmended.Change> changes = new ArrayList<>();
        before.forEach((field, old) -> {
            JsonNode now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new DecisionAmended.Change(field, old.isNull() ? null : old, now.isNull() ? null : now));
            }
        });
        return changes;
    }

    /** A decision the caller may read: of a meeting they may read, or one that names them (or their organisation) as an owner. */
    public Decision read(UUID id) {
        return access.readable(find(id));
    }

    /** A decision the caller may change: one of a meeting they manage. */
    private Decision manage(UUID id) {
        Decision decision = find(id);
        access.manageable(decision.meeting);
        return decision;
    }

    private Decision find(UUID id) {
        return decisions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("decision", id));
    }

    /** The decisions of a meeting the caller may read, a page at a time. */
    public Page<Decision> ofMeeting(UUID meetingId, int page, int size) {
        meetings.read(meetingId);
        return Page.of(decisions.findOfMeeting(meetingId), page, size);
    }
}
