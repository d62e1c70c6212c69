package org.mutabaa.actions.service.workflow;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.events.ActionEvents.Deadline;
import org.mutabaa.actions.repository.ReminderRepository;
import org.mutabaa.platform.time.Now;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Looks for actions that reached a threshold (due soon, overdue, overdue beyond the grace period)
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

    public ReminderSweep(ReminderRepository reminders, Reminders firing, ActionsConfig config, Now now) {
        this.reminders = reminders;
        this.firing = firing;
        this.config = config;
        this.now = now;
    }

    @Scheduled(every = "${mutabaa.actions.reminders.every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Map<Deadline, Integer> fired = sweep();
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
        int size = config.reminders().batchSize();
        int total = 0;
        while (true) {
            List<UUID> batch = reminders.awaitingStatusCheck(at, days, size);
            int asked;
            try {
                asked = firing.checkAll(batch, at, days);
            } catch (RuntimeException batchFailed) {
                LOG.warnf(batchFailed, "status checks of %d actions failed together; asking one by one", batch.size());
                asked = 0;
                for (UUID id : batch) {
                    try {
                        asked += firing.checkAll(List.of(id), at, days);
                    } catch (RuntimeException failed) {
                        LOG.errorf(failed, "status check of action %s failed; tried again at the next sweep", id);
                    }
                }
            }
            total += asked;
            if (asked == 0 || batch.size() < size) {
                return total;
            }
        }
    }

    /** One pass over every threshold as of now; returns how many reminders of each kind it fired. */
    public Map<Deadline, Integer> sweep() {
        OffsetDateTime at = now.get();
        Duration lead = config.reminders().dueSoonLead();
        Duration grace = config.reminders().escalationGrace();
        Map<Deadline, Integer> fired = new EnumMap<>(Deadline.class);
        fired.put(Deadline.DUE_SOON, fire(Deadline.DUE_SOON, at.plus(lead), at, at, lead, grace));
        fired.put(Deadline.OVERDUE, fire(Deadline.OVERDUE, at, null, at, lead, grace));
        fired.put(Deadline.ESCALATED, fire(Deadline.ESCALATED, at.minus(grace), null, at, lead, grace));
        return fired;
    }

    private int fire(Deadline kind, OffsetDateTime overdueBy, OffsetDateTime notOverdueBy, OffsetDateTime at,
                     Duration lead, Duration grace) {
        int total = 0;
        while (true) {
            List<UUID> batch = reminders.awaiting(kind.name(), overdueBy, notOverdueBy, config.reminders().batchSize());
            int fired;
            try {
                fired = firing.fireAll(batch, kind, at, lead, grace);
            } catch (RuntimeException batchFailed) {
                LOG.warnf(batchFailed, "%s reminders of %d actions failed together; firing them one by one",
                        kind, batch.size());
                fired = oneByOne(batch, kind, at, lead, grace);
            }
            total += fired;
            if (fired == 0 || batch.size() < config.reminders().batchSize()) {
                return total;
            }
        }
    }

    /** One action the batch cannot take must not hold back the others: each in its own transaction. */
    private int oneByOne(List<UUID> batch, Deadline kind, OffsetDateTime at, Duration lead, Duration grace) {
        int fired = 0;
        for (UUID id : batch) {
            try {
                fired += firing.fireAll(List.of(id), kind, at, lead, grace);
            } catch (RuntimeException failed) {
                LOG.errorf(failed, "%s reminder of action %s failed; tried again at the next sweep", kind, id);
            }
        }
        return fired;
    }
}
