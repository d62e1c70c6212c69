package org.mutabaa.actions.service.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
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
import org.mutabaa.actions.service.History;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    /** The reminder kind of a status check. */
    static final String STATUS_CHECK = "STATUS_CHECK";

    public Reminders(ActionRepository actions, DecisionRefRepository decisions, ReminderRepository reminders,
                     History history, ActionEvents events, DecisionPeople people, MeetingFollowUpRepository followUps,
                     ProgressRepository progress) {
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
    public int fireAll(List<UUID> actionIds, Deadline kind, OffsetDateTime now, Duration lead, Duration grace) {
        List<Action> due = actions.lockAvailable(actionIds).stream()
                .filter(a -> a.status.pending() && a.overdueAt != null && due(a, kind, now, lead, grace)).toList();
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
        ActionPerson head = kind == Deadline.ESCALATED
                ? people.head(decision, action.owner.countryCode).orElse(null) : null;
        history.record(action, Source.SCHEDULER, null, Change.valueOf(kind.name()), null, action.dueDate,
                head == null ? null : "to " + head.officialId(), now);
        events.deadline(kind, action, decision, head, now);
    }

    static boolean due(Action action, Deadline kind, OffsetDateTime now, Duration lead, Duration grace) {
        return switch (kind) {
            case DUE_SOON -> action.overdueAt.isAfter(now) && !action.overdueAt.minus(lead).isAfter(now);
            case OVERDUE -> !action.overdueAt.isAfter(now);
            case ESCALATED -> !action.overdueAt.plus(grace).isAfter(now);
        };
    }
}
