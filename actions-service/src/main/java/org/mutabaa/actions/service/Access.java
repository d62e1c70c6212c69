package org.mutabaa.actions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.security.Visibility;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may read, work and manage which action (docs/decisions/0011). Reading is decided by the
 * database function {@code mutabaa_action_visible} (migration V3), which lists and the dashboard
 * filter with too. An action the caller may not read is not found (404); one they read but may not
 * change is forbidden (403).
 */
@ApplicationScoped
public class Access {

    private final Caller caller;
    private final Visibility visibility;
    private final ActionRepository actions;
    private final OfficialRepository officials;

    public Access(Caller caller, Visibility visibility, ActionRepository actions, OfficialRepository officials) {
        this.caller = caller;
        this.visibility = visibility;
        this.actions = actions;
        this.officials = officials;
    }

    /** The caller as the visibility function takes them; empty for an administrator. */
    public Optional<Caller.Reader> reader() {
        return visibility.reader();
    }

    public Action readable(Action action) {
        if (!visibility.allows("mutabaa_action_visible", action.id)) {
            throw ProblemException.notFound("action", action.id);
        }
        return action;
    }

    /** Status, progress, comments and evidence: the owner and collaborators, and whoever manages it. */
    public void requireMayWork(Action action, DecisionRef decision) {
        if (org.mutabaa.actions.service.links.ByLink.ofThisRequest().filter(l -> l.actionId.equals(action.id)).isPresent()) {
            return;
        }
        UUID me = caller.officialIdOrNull();
        boolean involved = me != null && (me.equals(action.owner.officialId) || action.collaborators.contains(me));
        if (!involved && !manages(decision)) {
            readable(action);
            throw new ForbiddenException("only the action's owner and collaborators, and the secretariat that"
                    + " recorded its meeting, may work it");
        }
    }

    /** Reassignment, due date, priority, collaborators: the secretariat that recorded the meeting, or an administrator. */
    public void requireMayManage(Action action, DecisionRef decision) {
        if (!manages(decision)) {
            readable(action);
            throw new ForbiddenException("only the secretariat that recorded the action's meeting may change it");
        }
    }

    /** A meeting's follow-up settings: the secretariat that recorded it (known by one of its decisions), or an administrator. */
    public void requireMayManageMeeting(DecisionRef decision) {
        if (!manages(decision)) {
            throw new ForbiddenException("only the secretariat that recorded the meeting may change how it is followed up");
        }
    }

    /**
     * An organisation's focal points: its own secretariat, a secretariat that recorded a meeting with
     * an action the organisation owns (a company or bank named in its decision), or an administrator.
     */
    public void requireMayNameFocalPoints(UUID organisationId) {
        if (caller.admin()) {
            return;
        }
        boolean secretariat = caller.is(Caller.SECRETARIAT);
        if (!(secretariat && (caller.belongsTo(organisationId) || caller.organisationId()
                .filter(mine -> actions.recordedFor(mine, organisationId)).isPresent()))) {
            throw new ForbiddenException("only the organisation's secretariat, or one that recorded a meeting whose"
                    + " action it owns, may name its focal points");
        }
    }

    /**
     * A country's holidays: a secretariat of an organisation of that country (as the directory's
     * officials of it say), or an administrator.
     */
    public void requireMayEditCalendar(String countryCode) {
        if (caller.admin()) {
            return;
        }
        boolean ofTheCountry = caller.is(Caller.SECRETARIAT) && caller.organisationId()
                .flatMap(org -> officials.find("organisationId", org).<Official>firstResultOptional())
                .filter(o -> countryCode.equals(o.countryCode)).isPresent();
        if (!ofTheCountry) {
            throw new ForbiddenException("only a secretariat of " + countryCode + " may announce or move its holidays");
        }
    }

    /** An organisation's periodic report: its own secretariat, or an administrator. */
    public void requireMayReport(UUID organisationId) {
        if (!caller.admin() && !(caller.is(Caller.SECRETARIAT) && caller.belongsTo(organisationId))) {
            throw new ForbiddenException("only the organisation's own secretariat may read its report");
        }
    }

    /** Whether the caller manages the action's meeting: the secretariat that recorded it, or an administrator. */
    public boolean managesMeetingOf(DecisionRef decision) {
        return manages(decision);
    }

    /** The caller's official id, if the token names one. */
    public UUID me() {
        return caller.officialIdOrNull();
    }

    private boolean manages(DecisionRef decision) {
        return caller.admin() || (caller.is(Caller.SECRETARIAT) && caller.belongsTo(decision.recordedBy));
    }
}
