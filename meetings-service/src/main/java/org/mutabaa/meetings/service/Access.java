package org.mutabaa.meetings.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.security.Visibility;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may read and change which meeting, decision and directory entry (docs/decisions/0011).
 * Reading is decided by the database functions {@code mutabaa_meeting_visible} and
 * {@code mutabaa_decision_visible} (migration V6), the same ones lists and search filter with, so
 * a single read and a list never disagree. What a caller may not read does not exist for them
 * (404); what they may read but not change is forbidden (403).
 */
@ApplicationScoped
public class Access {

    private final Caller caller;
    private final Visibility visibility;

    public Access(Caller caller, Visibility visibility) {
        this.caller = caller;
        this.visibility = visibility;
    }

    /** The caller as the visibility functions take them; empty for an administrator. */
    public Optional<Caller.Reader> reader() {
        return visibility.reader();
    }

    public Meeting readable(Meeting meeting) {
        if (!visibility.allows("mutabaa_meeting_visible", meeting.id)) {
            throw ProblemException.notFound("meeting", meeting.id);
        }
        return meeting;
    }

    public Decision readable(Decision decision) {
        if (!visibility.allows("mutabaa_decision_visible", decision.id)) {
            throw ProblemException.notFound("decision", decision.id);
        }
        return decision;
    }

    /** A meeting (and its decisions) is changed by an administrator or the secretariat that recorded it. */
    public Meeting manageable(Meeting meeting) {
        readable(meeting);
        if (!caller.admin() && !(caller.is(Caller.SECRETARIAT) && caller.belongsTo(meeting.organisationId))) {
            throw new ForbiddenException("only the secretariat of the organisation that recorded meeting "
                    + meeting.id + " may change it or its decisions");
        }
        return meeting;
    }

    /**
     * The organisation a new meeting is recorded for: a secretariat's own (it may name it, not
     * another); an administrator's choice, or none.
     */
    public UUID recordingOrganisation(UUID requested) {
        if (caller.admin()) {
            return requested;
        }
        UUID own = caller.organisationId().orElseThrow(() -> new ForbiddenException(
                "your token names no organisation (claim org); a secretariat records for its own organisation"));
        if (requested != null && !requested.equals(own)) {
            throw new ForbiddenException("a secretariat records meetings for its own organisation only");
        }
        return own;
    }

    /** The organisation recorded as having entered a new official: the secretariat's own. */
    public UUID enteringOrganisation() {
        return caller.admin() ? null : caller.organisationId().orElse(null);
    }

    /** An official is changed by an administrator, or the secretariat of their organisation or of the one that entered them. */
    public void requireMayChange(Official official) {
        if (!caller.admin() && !caller.belongsTo(official.organisation.id) && !caller.belongsTo(official.recordedBy)) {
            throw new ForbiddenException("a secretariat changes only officials of its organisation or ones it entered");
        }
    }

    /** An organisation is changed by an administrator or its own secretariat. */
    public void requireMayChange(Organisation organisation) {
        if (!caller.admin() && !caller.belongsTo(organisation.id)) {
            throw new ForbiddenException("a secretariat changes only its own organisation");
        }
    }
}
