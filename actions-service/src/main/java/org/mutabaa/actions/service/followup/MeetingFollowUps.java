package org.mutabaa.actions.service.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.actions.domain.MeetingFollowUp;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.MeetingFollowUpRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * How each meeting is followed up: the status-check period of its actions without a due date, and
 * the escalation chain of its late ones.
 */
@ApplicationScoped
public class MeetingFollowUps {

    /**
     * A meeting's period and whether its secretariat chose it; its escalation chain and whether its
     * secretariat chose that.
     */
    public record Settings(UUID meetingId, int statusCheckDays, boolean chosen, List<Level> escalation,
                           boolean escalationChosen) {
    }

    /** One level of an escalation chain: to whom, after how long late, the official when one is named. */
    public record Level(EscalationLevel.Target target, Duration after, UUID officialId) {
    }

    private final MeetingFollowUpRepository followUps;
    private final DecisionRefRepository decisions;
    private final Access access;
    private final ActionsConfig config;
    private final Now now;
    private final Directory directory;

    public MeetingFollowUps(MeetingFollowUpRepository followUps, DecisionRefRepository decisions, Access access,
                            ActionsConfig config, Now now, Directory directory) {
        this.directory = directory;
        this.followUps = followUps;
        this.decisions = decisions;
        this.access = access;
        this.config = config;
        this.now = now;
    }

    @Transactional
    public Settings of(UUID meetingId) {
        known(meetingId);
        return settings(meetingId, followUps.findByIdOptional(meetingId).orElse(null));
    }

    /**
     * The escalation chain of the meeting's late actions: the one its secretariat chose, else the
     * service's default (head of delegation, then the recording secretariat).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Level> chain(UUID meetingId) {
        return chain(followUps.findByIdOptional(meetingId).orElse((MeetingFollowUp) null));
    }

    /**
     * Sets the status-check period and, when given, the escalation chain (null: the default chain).
     * Each level after the one before it; an OFFICIAL level names an active official, no other does.
     */
    @Transactional
    public Settings choose(UUID meetingId, int statusCheckDays, List<EscalationLevel> escalation) {
        access.requireMayManageMeeting(known(meetingId));
        if (escalation != null) {
            check(escalation);
        }
        MeetingFollowUp f = followUps.findByIdOptional(meetingId).orElseGet(() -> {
            MeetingFollowUp created = new MeetingFollowUp();
            created.meetingId = meetingId;
            return created;
        });
        f.statusCheckDays = statusCheckDays;
        f.escalationChosen = escalation != null;
        f.escalation.clear();
        if (escalation != null) {
            f.escalation.addAll(escalation);
        }
        f.updatedAt = now.get();
        followUps.persist(f);
        return settings(meetingId, f);
    }

    private void check(List<EscalationLevel> levels) {
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevel level = levels.get(i);
            String field = "escalation[" + i + "]";
            if (i > 0 && level.afterDays <= levels.get(i - 1).afterDays) {
                throw ProblemException.invalidField(field + ".afterDays",
                        "must be more days than the level before it (" + levels.get(i - 1).afterDays + ")");
            }
            if (level.target == EscalationLevel.Target.OFFICIAL) {
                if (level.officialId == null) {
                    throw ProblemException.invalidField(field + ".officialId", "is required to escalate to an official");
                }
                directory.requireActive(field + ".officialId", level.officialId);
            } else if (level.officialId != null) {
                throw ProblemException.invalidField(field + ".officialId", "is only given with the target OFFICIAL");
            }
        }
    }

    private Settings settings(UUID meetingId, MeetingFollowUp f) {
        return f == null
                ? new Settings(meetingId, config.reminders().statusCheckDays(), false, defaultChain(), false)
                : new Settings(meetingId, f.statusCheckDays, true, chain(f), f.escalationChosen);
    }

    /** The service's default chain: the head of delegation, then the recording secretariat. */
    public List<Level> defaultChain() {
        return chain((MeetingFollowUp) null);
    }

    private List<Level> chain(MeetingFollowUp f) {
        if (f == null || !f.escalationChosen) {
            return List.of(new Level(EscalationLevel.Target.HEAD_OF_DELEGATION, config.reminders().escalationGrace(), null),
                    new Level(EscalationLevel.Target.RECORDING_SECRETARIAT,
                            config.reminders().secretariatEscalationGrace(), null));
        }
        return f.escalation.stream()
                .map(l -> new Level(l.target, Duration.ofDays(l.afterDays), l.officialId)).toList();
    }

    /** One of the meeting's decisions, as this service knows them; a 404 before any reached it. */
    private DecisionRef known(UUID meetingId) {
        return decisions.find("meetingId", meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("meeting", meetingId));
    }
}
