package org.mutabaa.actions.service.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.MeetingFollowUp;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.MeetingFollowUpRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.util.UUID;

/** How each meeting is followed up: the status-check period of its actions without a due date. */
@ApplicationScoped
public class MeetingFollowUps {

    /** A meeting's period and whether its secretariat chose it. */
    public record Settings(UUID meetingId, int statusCheckDays, boolean chosen) {
    }

    private final MeetingFollowUpRepository followUps;
    private final DecisionRefRepository decisions;
    private final Access access;
    private final ActionsConfig config;
    private final Now now;

    public MeetingFollowUps(MeetingFollowUpRepository followUps, DecisionRefRepository decisions, Access access,
                            ActionsConfig config, Now now) {
        this.followUps = followUps;
        this.decisions = decisions;
        this.access = access;
        this.config = config;
        this.now = now;
    }

    @Transactional
    public Settings of(UUID meetingId) {
        known(meetingId);
        return followUps.findByIdOptional(meetingId)
                .map(f -> new Settings(meetingId, f.statusCheckDays, true))
                .orElse(new Settings(meetingId, config.reminders().statusCheckDays(), false));
    }

    @Transactional
    public Settings choose(UUID meetingId, int statusCheckDays) {
        access.requireMayManageMeeting(known(meetingId));
        MeetingFollowUp f = followUps.findByIdOptional(meetingId).orElseGet(() -> {
            MeetingFollowUp created = new MeetingFollowUp();
            created.meetingId = meetingId;
            return created;
        });
        f.statusCheckDays = statusCheckDays;
        f.updatedAt = now.get();
        followUps.persist(f);
        return new Settings(meetingId, statusCheckDays, true);
    }

    /** One of the meeting's decisions, as this service knows them; a 404 before any reached it. */
    private DecisionRef known(UUID meetingId) {
        return decisions.find("meetingId", meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("meeting", meetingId));
    }
}
