package org.mutabaa.actions.service.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.actions.domain.HistoryEntry.Change;
import org.mutabaa.actions.domain.HistoryEntry.Source;
import org.mutabaa.actions.events.ActionEvents.Deadline;
import org.mutabaa.actions.events.ActionEvents;
import org.mutabaa.actions.events.ActionPerson;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.MeetingFollowUpRepository;
import org.mutabaa.actions.repository.ProgressRepository;
import org.mutabaa.actions.repository.ReminderRepository;
import org.mutabaa.actions.service.DecisionPeople;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.actions.service.History;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.followup.FocalPoints;
import org.mutabaa.actions.service.followup.MeetingFollowUps;
import org.mutabaa.platform.time.WorkingCalendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fires deadline reminders of a batch of actions in one transaction: claims each (once per action,
 * kind and due date, whichever replica and however often), records it in the history and writes
 * the event to the outbox.
 */
@ApplicationScoped
public class Reminders {

    private final ActionRepository actions;
    private final DecisionRefRepository decisions;
    private final ReminderRepository reminders;
    private final History history;
    private final ActionEvents events;
    private final DecisionPeople people;
    private final MeetingFollowUpRepository followUps;
    private final ProgressRepository progress;
    private final MeetingFollowUps followUpSettings;
    private final FocalPoints focalPoints;
    private final Directory directory;
    private final Calendars calendars;

    /** The reminder kind of a status check. */
    static final String STATUS_CHECK = "STATUS_CHECK";

    public Reminders(ActionRepository actions, DecisionRefRepository decisions, ReminderRepository reminders,
                     History history, ActionEvents events, DecisionPeople people, MeetingFollowUpRepository followUps,
                     ProgressRepository progress, MeetingFollowUps followUpSettings, FocalPoints focalPoints,
                     Directory directory, Calendars calendars) {
        this.calendars = calendars;
        this.followUpSettings = followUpSettings;
        this.focalPoints = focalPoints;
        this.directory = directory;
        this.followUps = followUps;
        this.progress = progress;
        this.actions = actions;
        this.decisions = decisions;
        this.reminders = reminders;
        this.history = history;
        this.events = events;
        this.people = people;
    }

    /**
     * Fires the reminder of each of the actions in one transaction; an action another transaction
     * holds is left for the next sweep. Returns how many were fired now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fireAll(List<UUID> actionIds, Deadline kind, OffsetDateTime now) {
        List<Action> due = actions.lockAvailable(actionIds).stream()
                .filter(a -> a.status.pending() && a.overdueAt != null && due(a, kind, now)).toList();
        Set<UUID> claimed = reminders.claimAll(due.stream().map(a -> a.id).toList(),
                due.stream().map(a -> a.dueDate).toList(), kind.name(), now);
        int fired = 0;
        for (Action action : due) {
            if (claimed.contains(action.id)) {
                announce(action, kind, now);
                fired++;
            }
        }
        return fired;
    }

    /**
     * Asks about each of these actions that still has no due date and no sign of life (creation, a
     * status check, a progress report) for its meeting's period: claims the check (once per action and
     * day, whichever replica), records it in the history and writes ActionStatusCheck to the outbox.
     * An action another transaction holds is left for the next sweep. Returns how many were asked about.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int checkAll(List<UUID> actionIds, OffsetDateTime now, int defaultDays) {
        List<Action> waiting = new ArrayList<>();
        Map<UUID, Integer> every = new HashMap<>();
        Map<UUID, OffsetDateTime> lastReported = new HashMap<>();
        for (Action a : actions.lockAvailable(actionIds)) {
            if (!a.status.pending() || a.dueDate != null) {
                continue;
            }
            int days = followUps.findByIdOptional(a.meetingId).map(f -> f.statusCheckDays).orElse(defaultDays);
            OffsetDateTime reported = progress.lastReportedAt(a.id).orElse(null);
            OffsetDateTime lastSign = latest(a.createdAt, reported,
                    reminders.lastFired(a.id, STATUS_CHECK).orElse(null));
            if (!lastSign.plusDays(days).isAfter(now)) {
                waiting.add(a);
                every.put(a.id, days);
                if (reported != null) {
                    lastReported.put(a.id, reported);
                }
            }
        }
        LocalDate today = now.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        Set<UUID> claimed = reminders.claimAll(waiting.stream().map(a -> a.id).toList(),
                waiting.stream().map(a -> today).toList(), STATUS_CHECK, now);
        int asked = 0;
        for (Action action : waiting) {
            if (claimed.contains(action.id)) {
                DecisionRef decision = decisions.findById(action.decisionId);
                history.record(action, Source.SCHEDULER, null, Change.STATUS_CHECK, null, null,
                        "every " + every.get(action.id) + " days until it has a due date", now);
                events.statusCheck(action, decision, every.get(action.id), lastReported.get(action.id), now);
                asked++;
            }
        }
        return asked;
    }

    private static OffsetDateTime latest(OffsetDateTime... instants) {
        OffsetDateTime latest = null;
        for (OffsetDateTime at : instants) {
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        return latest;
    }

    /** Records the claimed reminder in the action's history and writes its event to the outbox. */
    private void announce(Action action, Deadline kind, OffsetDateTime now) {
        DecisionRef decision = decisions.findById(action.decisionId);
        history.record(action, Source.SCHEDULER, null, Change.valueOf(kind.name()), null, action.dueDate, null, now);
        events.deadline(kind, action, decision, now);
    }

    static boolean due(Action action, Deadline kind, OffsetDateTime now) {
        return switch (kind) {
            case DUE_SOON -> action.overdueAt.isAfter(now) && action.dueSoonAt != null
                    && !action.dueSoonAt.isAfter(now);
            case OVERDUE -> !action.overdueAt.isAfter(now);
        };
    }

    /**
     * Escalates each of these late actions to level {@code level} (1-based) of its meeting's chain,
     * once it is that level's days late, counted in its owner's country's working days: claims the
     * level (once per action, level and due date, whichever replica), records it in the history and
     * writes ActionEscalated to the outbox. The level never reaches the owner; a level with nobody
     * else to reach is claimed and passes silently.
     * Returns how many were escalated.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int escalateAll(List<UUID> actionIds, int level, OffsetDateTime now) {
        Map<UUID, List<MeetingFollowUps.Level>> chains = new HashMap<>();
        Map<String, WorkingCalendar> byCountry = new HashMap<>();
        List<Action> due = new ArrayList<>();
        for (Action a : actions.lockAvailable(actionIds)) {
            if (!a.status.pending() || a.overdueAt == null) {
                continue;
            }
            List<MeetingFollowUps.Level> chain = chains.computeIfAbsent(a.meetingId, followUpSettings::chain);
            if (chain.size() >= level && calendars.deadlines(a, byCountry)
                    .filter(d -> !d.lateFor(chain.get(level - 1).after()).isAfter(now)).isPresent()) {
                due.add(a);
            }
        }
        Set<UUID> claimed = reminders.claimAll(due.stream().map(a -> a.id).toList(),
                due.stream().map(a -> a.dueDate).toList(), EscalationLevel.reminderKind(level), now);
        int escalated = 0;
        for (Action action : due) {
            if (!claimed.contains(action.id)) {
                continue;
            }
            MeetingFollowUps.Level to = chains.get(action.meetingId).get(level - 1);
            DecisionRef decision = decisions.findById(action.decisionId);
            List<ActionPerson> reached = reach(to, action, decision);
            if (reached.isEmpty()) {
                continue;
            }
            history.record(action, Source.SCHEDULER, null, Change.ESCALATED, null, action.dueDate,
                    "level " + level + ", " + to.target() + ", to " + reached.stream()
                            .map(p -> p.officialId().toString()).collect(Collectors.joining(", ")), now);
            events.escalated(action, decision, new ActionEvents.Escalation(level, to.target().name(), reached), now);
            escalated++;
        }
        return escalated;
    }

    /** The people a level reaches for this action, the owner never among them. */
    private List<ActionPerson> reach(MeetingFollowUps.Level level, Action action, DecisionRef decision) {
        List<ActionPerson> people = switch (level.target()) {
            case HEAD_OF_DELEGATION -> this.people.head(decision, action.owner.countryCode).stream().toList();
            case RECORDING_SECRETARIAT -> focalPoints.of(decision.recordedBy);
            case OFFICIAL -> directory.find(level.officialId()).filter(o -> o.active)
                    .map(FocalPoints::person).stream().toList();
        };
        return people.stream().filter(p -> p.officialId() != null && !p.officialId().equals(action.owner.officialId))
                .toList();
    }
}
