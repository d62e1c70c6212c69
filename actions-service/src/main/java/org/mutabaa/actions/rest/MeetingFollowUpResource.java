package org.mutabaa.actions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutabaa.actions.domain.EscalationLevel;
import org.mutabaa.actions.service.followup.MeetingFollowUps;
import org.mutabaa.platform.security.Caller;

import java.util.UUID;

/** How a meeting is followed up: how often its actions without a due date are asked about. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
@Tag(name = "Follow-up settings", description = "Who follows up and how: a meeting's status checks and escalation chain, an organisation's focal points.")
@Path("/meetings/{meetingId}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingFollowUpResource {

    private final MeetingFollowUps followUps;

    public MeetingFollowUpResource(MeetingFollowUps followUps) {
        this.followUps = followUps;
    }

    @Operation(operationId = "getMeetingFollowUp", summary = "How a meeting is followed up",
            description = "`statusCheckDays`: every how many days an open action of the meeting without a due date"
                    + " is asked about (ActionStatusCheck), counted from its last sign of life: creation, the last"
                    + " check, the last progress report. `chosen` is false while it is the service's default.")
    @GET
    public Views.FollowUpView get(@PathParam("meetingId") UUID meetingId) {
        return view(followUps.of(meetingId));
    }

    @Operation(operationId = "chooseMeetingFollowUp", summary = "Choose how a meeting is followed up",
            description = "The secretariat that recorded the meeting, or an administrator, sets the status-check"
                    + " period (1–365 days) of its actions without a due date and, when `escalation` is given, the"
                    + " escalation chain of its late actions: up to five levels, each more days late than the one"
                    + " before (the owner's country's working days), to the head of the owner's delegation, the recording secretariat's focal points or"
                    + " a named official. An escalation never goes to the action's owner, and each level fires once"
                    + " per due date. Without `escalation`, the default chain applies.")
    @PUT
    public Views.FollowUpView choose(@PathParam("meetingId") UUID meetingId,
                                     @NotNull @Valid Requests.FollowUpSettings request) {
        return view(followUps.choose(meetingId, request.statusCheckDays(), request.escalation() == null ? null
                : request.escalation().stream()
                        .map(s -> new EscalationLevel(s.to(), s.afterDays(), s.officialId())).toList()));
    }

    private static Views.FollowUpView view(MeetingFollowUps.Settings s) {
        return new Views.FollowUpView(s.meetingId(), s.statusCheckDays(), s.chosen(), s.escalation().stream()
                .map(l -> new Views.EscalationStepView(l.target(), (int) l.after().toDays(), l.officialId())).toList(),
                s.escalationChosen());
    }
}
