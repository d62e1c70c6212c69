package org.mutabaa.actions.service.workflow;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.actions.events.ActionEvents.Deadline;
import org.mutabaa.actions.repository.ReminderRepository;
import org.mutabaa.actions.service.followup.MeetingFollowUps;
import org.mutabaa.platform.time.Now;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Looks for actions that reached a threshold (due soon, overdue, each level of their meeting's
 * escalation chain)
 * and fires each reminder once. Runs every {@code mutabaa.actions.reminders.every} on each replica;
 * the reminder table, not the timing, guarantees once.
 */
@ApplicationScoped
public class ReminderSweep {

    private static final Logger LOG = Logger.getLogger(ReminderSweep.class);

    private final ReminderRepository reminders;
    private final Reminders firing;
    private final ActionsConfig config;
    private final Now now;

    private final MeetingFollowUps followUps;

    public ReminderSweep(ReminderRepository reminders, Reminders firing, ActionsConfig config, Now now,
                         MeetingFollowUps followUps) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.firing = firing;
        this.config = config;
        this.now = now;
    }

    @Scheduled(every = "${mutabaa.actions.reminders.every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Map<String, Integer> fired = sweep();
        if (fired.values().stream().anyMatch(n -> n > 0)) {
            LOG.infof("reminders fired: %s", fired);
        }
        int asked = statusChecks();
        if (asked > 0) {
            LOG.infof("status checks of actions without a due date: %d", asked);
        }
    }

    /**
     * One pass over the open actions without a due date as of now: each whose last sign of life is a
     * status-check period ago is asked about. Returns how many were.
     */
    public int statusChecks() {
        OffsetDateTime at = now.get();
        int days = config.reminders().statusCheckDays();
        return inPages("status check", skip -> reminders.awaitingStatusCheck(at, days, skip, config.reminders().batchSize()),
                batch -> firing.checkAll(batch, at, days));
    }

    /** One pass over every threshold as of now; returns how many reminders of each kind it fired. */
    public Map<String, Integer> sweep() {
        OffsetDateTime at = now.get();
        Map<String, Integer> fired = new LinkedHashMap<>();
        fired.put(Deadline.DUE_SOON.name(), fire(Deadline.DUE_SOON, at));
        fired.put(Deadline.OVERDUE.name(), fire(Deadline.OVERDUE, at));
        List<MeetingFollowUps.Level> defaults = followUps.defaultChain();
        int escalated = 0;
        for (int level = 1; level <= EscalationLevel.MAX; level++) {
            int l = level;
            Duration defaultAfter = level <= defaults.size() ? defaults.get(level - 1).after() : null;
            escalated += inPages("escalation level " + level,
                    skip -> reminders.awaitingEscalation(l, at, defaultAfter, skip, config.reminders().batchSize()),
                    batch -> firing.escalateAll(batch, l, at));
        }
        fired.put("ESCALATED", escalated);
        return fired;
    }

    private int fire(Deadline kind, OffsetDateTime at) {
        return inPages(kind + " reminder",
                skip -> reminders.awaiting(kind.name(), at, skip, config.reminders().batchSize()),
                batch -> firing.fireAll(batch, kind, at));
    }

    /**
     * Takes what awaits a page at a time and fires it in one transaction; a page that fails together
     * is fired one action at a time, so one action that cannot be fired does not hold back the others
     * (it is tried again at the next sweep). A page not wholly fired (an action that failed, another
     * replica's, or one the query could not judge exactly, as an escalation level counted in working
     * days) is left out of the next pages, so what cannot be fired now never hides what comes after it.
     * Returns how many were fired.
     */
    private int inPages(String what, Function<List<UUID>, List<UUID>> awaiting, ToIntFunction<List<UUID>> fire) {
        int size = config.reminders().batchSize();
        List<UUID> skip = new ArrayList<>();
        int total = 0;
        while (true) {
            List<UUID> page = awaiting.apply(skip);
            int fired = fireBatch(what, page, fire);
            total += fired;
            if (fired < page.size()) {
                skip.addAll(page);
            }
            if (page.size() < size) {
                return total;
            }
        }
    }

    /** Fires a batch in one transaction; when it fails together, one action at a time. */
    private static int fireBatch(String what, List<UUID> batch, ToIntFunction<List<UUID>> fire) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return fire.applyAsInt(batch);
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "%s of %d actions failed together; firing them one by one", what, batch.size());
            int fired = 0;
            for (UUID id : batch) {
                try {
                    fired += fire.applyAsInt(List.of(id));
                } catch (RuntimeException failed) {
                    LOG.errorf(failed, "%s of action %s failed; tried again at the next sweep", what, id);
                }
            }
            return fired;
        }
    }
}
