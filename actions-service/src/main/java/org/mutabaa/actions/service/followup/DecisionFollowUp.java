package org.mutabaa.actions.service.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.HistoryEntry.Change;
import org.mutabaa.actions.domain.HistoryEntry.Source;
import org.mutabaa.actions.domain.Origin;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.events.ActionEvents;
import org.mutabaa.actions.events.ActionPerson;
import org.mutabaa.actions.events.DecisionData;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.HistoryRepository;
import org.mutabaa.actions.service.ActionMetrics;
import org.mutabaa.actions.service.DecisionPeople;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.actions.service.History;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.Owners;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.Zones;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the actions of each decision in step with what meetings-service publishes: one action per
 * owning official, per owning organisation, or per explicit action item of an adopted decision;
 * an amendment updates text and due dates, adds actions for new owners and cancels those of
 * removed ones; a revocation cancels what is still pending (done stays done). Each event is
 * applied once, in one transaction with the events it causes.
 */
@ApplicationScoped
public class DecisionFollowUp {

    private static final Logger LOG = Logger.getLogger(DecisionFollowUp.class);
    static final String REMOVED_BY_AMENDMENT = "no longer an owner after the decision was amended";
    static final String DECISION_REVOKED = "the decision was revoked";

    private final ActionRepository actions;
    private final DecisionRefRepository decisions;
    private final HistoryRepository historyEntries;
    private final ActionEvents events;
    private final History history;
    private final Directory directory;
    private final Now now;
    private final DecisionPeople people;

    private final ActionMetrics metrics;
    private final Calendars calendars;

    public DecisionFollowUp(ActionRepository actions, DecisionRefRepository decisions,
                            HistoryRepository historyEntries, ActionEvents events,
                            History history, Directory directory, Now now, DecisionPeople people,
                            ActionMetrics metrics, Calendars calendars) {
        this.calendars = calendars;
        this.metrics = metrics;
        this.actions = actions;
        this.decisions = decisions;
        this.historyEntries = historyEntries;
        this.events = events;
        this.history = history;
        this.directory = directory;
        this.now = now;
        this.people = people;
    }

    @Transactional
    public void adopted(UUID eventId, DecisionData data) {
        List<Wanted> wanted = wanted(eventId, "DecisionAdopted", data);
        DecisionRef decision = decisions.findByIdOptional(data.decisionId()).orElse(null);
        if (decision != null && decision.status == DecisionRef.Status.REVOKED) {
            LOG.infof("DecisionAdopted %s ignored: decision %s was revoked", eventId, data.decisionId());
            return;
        }
        decision = remember(decision, data);
        reconcile(decision, wanted, false);
        pair(decision, data);
    }

    @Transactional
    public void amended(UUID eventId, DecisionData data) {
        List<Wanted> wanted = wanted(eventId, "DecisionAmended", data);
        DecisionRef decision = decisions.findByIdOptional(data.decisionId()).orElse(null);
        if (decision != null && decision.status == DecisionRef.Status.REVOKED) {
            LOG.infof("DecisionAmended %s ignored: decision %s was revoked", eventId, data.decisionId());
            return;
        }
        decision = remember(decision, data);
        reconcile(decision, wanted, true);
        pair(decision, data);
    }

    /**
     * Links each lead's action with their counterpart's, both ways, and unlinks the actions of pairs
     * the decision no longer names.
     */
    private void pair(DecisionRef decision, DecisionData data) {
        Map<String, Action> byOrigin = new LinkedHashMap<>();
        for (Action a : actions.ofDecision(decision.decisionId)) {
            byOrigin.put(a.origin, a);
        }
        java.util.Set<UUID> paired = new java.util.HashSet<>();
        if (data.actionItems() == null || data.actionItems().isEmpty()) {
            for (DecisionData.Counterpart p : list(data.counterparts())) {
                Action lead = byOrigin.get(Origin.official(p.ownerId()));
                Action counterpart = byOrigin.get(Origin.official(p.counterpart().officialId()));
                if (lead != null && counterpart != null && paired.add(lead.id) && paired.add(counterpart.id)) {
                    lead.pairWith(counterpart, Action.Side.LEAD);
                    counterpart.pairWith(lead, Action.Side.COUNTERPART);
                }
            }
        }
        for (Action a : byOrigin.values()) {
            if (a.counterpartActionId != null && !paired.contains(a.id)) {
                a.pairWith(null, null);
            }
        }
    }

    @Transactional
    public void revoked(UUID eventId, DecisionData data) {
        if (data.decisionId() == null || data.meeting() == null || data.meeting().id() == null) {
            throw new InvalidEventException("DecisionRevoked " + eventId + " lacks decisionId or meeting", null);
        }
        DecisionRef decision = remember(decisions.findByIdOptional(data.decisionId()).orElse(null), data);
        decision.status = DecisionRef.Status.REVOKED;
        OffsetDateTime at = now.get();
        String reason = data.reason() == null || data.reason().isBlank() ? DECISION_REVOKED : data.reason();
        for (Action action : actions.ofDecision(data.decisionId())) {
            if (action.status.pending()) {
                cancel(action, decision, reason, "DECISION_REVOKED", at);
            }
        }
    }

    /** One action to have: where it comes from, what it says, who owns it, when it is due. */
    record Wanted(String origin, Integer itemPosition, String titleAr, String titleEn, LocalDate dueDate,
                  DecisionData.Person person, DecisionData.Organisation organisation) {
    }

    private List<Wanted> wanted(UUID eventId, String what, DecisionData d) {
        if (d.decisionId() == null || d.meeting() == null || d.meeting().id() == null) {
            throw new InvalidEventException(what + " " + eventId + " lacks decisionId or meeting", null);
        }
        if (d.dueInWorkingDays() != null && (d.dueInWorkingDays() < 1 || d.dueInWorkingDays() > 365)) {
            throw new InvalidEventException(what + " " + eventId + " has dueInWorkingDays outside 1 to 365: "
                    + d.dueInWorkingDays(), null);
        }
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        DueDates due = new DueDates(d);
        if (d.actionItems() != null && !d.actionItems().isEmpty()) {
            for (DecisionData.ActionItem item : d.actionItems()) {
                if (item.position() == null || (item.owner() == null) == (item.organisationOwner() == null)) {
                    throw new InvalidEventException(what + " " + eventId
                            + " has an action item without a position or without exactly one owner", null);
                }
                check(eventId, what, item.owner(), item.organisationOwner());
                wanted.put(Origin.item(item.position()), new Wanted(Origin.item(item.position()), item.position(),
                        item.textAr(), item.textEn(), item.dueDate() != null ? item.dueDate()
                        : due.of(item.owner() != null ? item.owner().countryCode() : item.organisationOwner().countryCode()),
                        item.owner(), item.organisationOwner()));
            }
        } else {
            for (DecisionData.Person p : list(d.owners())) {
                check(eventId, what, p, null);
                wanted.put(Origin.official(p.officialId()), new Wanted(Origin.official(p.officialId()), null,
                        d.textAr(), d.textEn(), due.of(p.countryCode()), p, null));
            }
            for (DecisionData.Organisation o : list(d.organisationOwners())) {
                check(eventId, what, null, o);
                wanted.put(Origin.organisation(o.organisationId()), new Wanted(Origin.organisation(o.organisationId()),
                        null, d.textAr(), d.textEn(), due.of(o.countryCode()), null, o));
            }
            // A counterpart who does not own the decision too gets an action of their own, on their calendar.
            for (DecisionData.Counterpart pair : list(d.counterparts())) {
                DecisionData.Person c = pair.counterpart();
                if (pair.ownerId() == null || c == null || !wanted.containsKey(Origin.official(pair.ownerId()))) {
                    throw new InvalidEventException(what + " " + eventId
                            + " pairs a counterpart with someone who is not an owner", null);
                }
                check(eventId, what, c, null);
                wanted.putIfAbsent(Origin.official(c.officialId()), new Wanted(Origin.official(c.officialId()), null,
                        d.textAr(), d.textEn(), due.of(c.countryCode()), c, null));
            }
        }
        if (wanted.isEmpty()) {
            throw new InvalidEventException(what + " " + eventId + " has no owner, organisation owner or action item",
                    null);
        }
        return new ArrayList<>(wanted.values());
    }

    /**
     * The decision's due date for an owner of a country: its date, or so many working days after the
     * meeting's day (in the meeting's zone) on that country's calendar, each calendar built once.
     */
    private final class DueDates {

        private final DecisionData decision;
        private final Map<String, LocalDate> byCountry = new java.util.HashMap<>();

        DueDates(DecisionData decision) {
            this.decision = decision;
        }

        LocalDate of(String countryCode) {
            if (decision.dueDate() != null || decision.dueInWorkingDays() == null) {
                return decision.dueDate();
            }
            return byCountry.computeIfAbsent(countryCode, c -> calendars.of(c)
                    .plusWorkingDays(meetingDay(), decision.dueInWorkingDays()));
        }

        private LocalDate meetingDay() {
            DecisionData.Meeting m = decision.meeting();
            if (m.startsAt() == null) {
                return now.get().toLocalDate();
            }
            return m.startsAt().atZoneSameInstant(java.time.ZoneId.of(Zones.valid(m.timeZone()).orElse("UTC")))
                    .toLocalDate();
        }
    }

    private static void check(UUID eventId, String what, DecisionData.Person p, DecisionData.Organisation o) {
        if (p != null && p.officialId() == null) {
            throw new InvalidEventException(what + " " + eventId + " has an owner without officialId", null);
        }
        if (o != null && o.organisationId() == null) {
            throw new InvalidEventException(what + " " + eventId + " has an organisation owner without organisationId",
                    null);
        }
    }

    private DecisionRef remember(DecisionRef decision, DecisionData d) {
        boolean isNew = decision == null;
        String classification = d.meeting().classification() == null ? "INTERNAL" : d.meeting().classification();
        if (isNew) {
            decision = new DecisionRef();
            decision.decisionId = d.decisionId();
            decision.status = DecisionRef.Status.ADOPTED;
            // What never changes for a decision is taken from the first event that tells of it.
            decision.meetingId = d.meeting().id();
            decision.classification = classification;
            decision.recordedBy = d.meeting().recordedBy();
        } else {
            unchanged(decision, "meeting", decision.meetingId, d.meeting().id());
            unchanged(decision, "classification", decision.classification, classification);
            if (decision.recordedBy == null) {
                // adopted before events named the recording organisation: the first one to name it counts
                decision.recordedBy = d.meeting().recordedBy();
            }
            unchanged(decision, "recording organisation", decision.recordedBy, d.meeting().recordedBy());
        }
        decision.meetingTitleAr = d.meeting().titleAr();
        decision.meetingTitleEn = d.meeting().titleEn();
        decision.meetingStartsAt = d.meeting().startsAt();
        decision.textAr = d.textAr();
        decision.textEn = d.textEn();
        decision.timeZone = Zones.valid(d.meeting().timeZone()).orElse("UTC");
        java.util.Set<UUID> readers = new java.util.HashSet<>();
        list(d.participants()).forEach(p -> readers.add(p.officialId()));
        list(d.owners()).forEach(p -> readers.add(p.officialId()));
        list(d.actionItems()).stream().filter(i -> i.owner() != null).forEach(i -> readers.add(i.owner().officialId()));
        list(d.counterparts()).stream().filter(c -> c.counterpart() != null)
                .forEach(c -> readers.add(c.counterpart().officialId()));
        readers.remove(null);
        decision.readers.retainAll(readers);
        decision.readers.addAll(readers);
        decision.owners = people.write(list(d.owners()).stream().map(this::person).toList());
        decision.heads = people.write(list(d.participants()).stream()
                .filter(p -> "HEAD".equals(p.role()) && p.officialId() != null).map(this::person).toList());
        decision.updatedAt = now.get();
        if (isNew) {
            decisions.persist(decision);
        }
        return decision;
    }

    /**
     * A decision's meeting, its classification and the organisation that recorded it are fixed when
     * it is adopted; an event saying otherwise is refused whole (to the dead-letter topic), so that
     * no event can widen who may read a decision.
     */
    private static void unchanged(DecisionRef decision, String fact, Object known, Object told) {
        if (!java.util.Objects.equals(known, told)) {
            throw new InvalidEventException("an event about decision " + decision.decisionId + " gives its " + fact
                    + " as " + told + ", but it is " + known + " and never changes", null);
        }
    }

    private void reconcile(DecisionRef decision, List<Wanted> wanted, boolean amendment) {
        OffsetDateTime at = now.get();
        Map<String, Action> existing = new LinkedHashMap<>();
        for (Action a : actions.ofDecision(decision.decisionId)) {
            existing.put(a.origin, a);
        }
        for (Wanted w : wanted) {
            Action action = existing.remove(w.origin());
            if (action == null) {
                create(decision, w, at);
            } else if (amendment) {
                update(action, decision, w, at);
            }
        }
        if (amendment) {
            for (Action removed : existing.values()) {
                if (removed.status.pending()) {
                    cancel(removed, decision, REMOVED_BY_AMENDMENT, "DECISION_AMENDED", at);
                }
            }
        }
    }

    private void create(DecisionRef decision, Wanted w, OffsetDateTime at) {
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.decisionId = decision.decisionId;
        action.meetingId = decision.meetingId;
        action.origin = w.origin();
        action.itemPosition = w.itemPosition();
        action.titleAr = w.titleAr();
        action.titleEn = w.titleEn();
        action.owner = owner(w);
        calendars.schedule(action, w.dueDate(), zone(w, decision));
        action.createdAt = at;
        action.updatedAt = at;
        actions.persist(action);
        history.record(action, Source.DECISION, null, Change.CREATED, null, action.owner.ref(), null, at);
        events.created(action, decision);
        metrics.created();
    }

    private void update(Action action, DecisionRef decision, Wanted w, OffsetDateTime at) {
        boolean changed = history.recordIfChanged(action, Source.DECISION, null, Change.TITLE,
                action.titleAr, w.titleAr(), "ar", at);
        changed |= history.recordIfChanged(action, Source.DECISION, null, Change.TITLE,
                action.titleEn, w.titleEn(), "en", at);
        action.titleAr = w.titleAr();
        action.titleEn = w.titleEn();
        if (action.itemPosition != null && !sameOwner(action.owner, w)) {
            // An explicit item given to someone else by the amendment is reassigned.
            Owner previous = action.owner;
            String previousZone = action.timeZone;
            action.owner = owner(w);
            action.collaborators.remove(action.owner.officialId);
            calendars.schedule(action, action.dueDate, zone(w, decision));
            history.record(action, Source.DECISION, null, Change.OWNER, previous.ref(), action.owner.ref(),
                    "the decision was amended", at);
            events.reassigned(action, decision, previous, previousZone, "the decision was amended", null, at);
            changed = true;
        }
        if (!Objects.equals(action.dueDate, w.dueDate())) {
            history.record(action, Source.DECISION, null, Change.DUE_DATE, action.dueDate, w.dueDate(),
                    "the decision was amended", at);
            calendars.schedule(action, w.dueDate(), action.timeZone);
            changed = true;
        }
        if (action.status == Action.Status.CANCELLED && cancelledBy(action, Source.DECISION)) {
            // An owner removed by an earlier amendment and named again gets their action back.
            Action.Status previous = action.restoreForDecision(at);
            history.record(action, Source.DECISION, null, Change.STATUS, previous, action.status,
                    "named an owner again when the decision was amended", at);
            events.statusChanged(action, decision, previous, null, "DECISION_AMENDED", people.owners(decision), at);
            changed = true;
        }
        if (changed) {
            action.updatedAt = at;
        }
    }

    private boolean cancelledBy(Action action, Source source) {
        return historyEntries.lastStatusChange(action.id).map(e -> e.source == source).orElse(false);
    }

    private void cancel(Action action, DecisionRef decision, String reason, String cause, OffsetDateTime at) {
        Action.Status previous = action.cancelForDecision(reason, at);
        history.record(action, Source.DECISION, null, Change.STATUS, previous, action.status, reason, at);
        events.statusChanged(action, decision, previous, null, cause, people.owners(decision), at);
    }

    private static boolean sameOwner(Owner owner, Wanted w) {
        return w.person() != null ? Objects.equals(owner.officialId, w.person().officialId())
                : owner.isOrganisation() && Objects.equals(owner.organisationId, w.organisation().organisationId());
    }

    private Owner owner(Wanted w) {
        return w.person() != null
                ? Owners.of(w.person(), directory.find(w.person().officialId()).orElse(null))
                : Owners.of(w.organisation());
    }

    /** The owner's time zone (from the event, else the directory), else the meeting's. */
    private String zone(Wanted w, DecisionRef decision) {
        if (w.person() != null) {
            Optional<String> zone = Zones.valid(w.person().timeZone())
                    .or(() -> directory.find(w.person().officialId()).map(o -> o.timeZone));
            if (zone.isPresent()) {
                return zone.get();
            }
        }
        return decision.timeZone;
    }

    private ActionPerson person(DecisionData.Person p) {
        return ActionPerson.of(p);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
