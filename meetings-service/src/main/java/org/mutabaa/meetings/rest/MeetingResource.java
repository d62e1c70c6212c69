package org.mutabaa.meetings.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mutabaa.meetings.domain.Decision;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.domain.MeetingFilter;
import org.mutabaa.meetings.service.DecisionService;
import org.mutabaa.meetings.service.ExportService;
import org.mutabaa.meetings.service.MeetingService;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.persistence.Page;

import java.util.List;
import java.util.UUID;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ExportService exports;

    public MeetingResource(MeetingService meetings, DecisionService decisions, ExportService exports) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.exports = exports;
    }

    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    public Response create(@NotNull @Valid Requests.NewMeeting request, UriInfo uri) {
        Meeting meeting = meetings.create(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(meeting.id.toString()).build())
                .entity(Views.MeetingView.of(meeting)).build();
    }

    @GET
    @Path("/{id}")
    public Views.MeetingView get(@PathParam("id") UUID id) {
        return Views.MeetingView.of(meetings.read(id));
    }

    /**
     * Meetings, newest first, filtered by start date (UTC days {@code from}..{@code to},
     * inclusive), a delegation's country or organisation, status and participant.
     */
    @GET
    public Page<Views.MeetingView> list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("countryCode") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode,
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("status") String status,
            @QueryParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return meetings.list(new MeetingFilter(Params.date("from", from), Params.date("to", to), countryCode,
                organisationId, Params.enumValue("status", status, Enums.MeetingStatus.class), participantId),
                page, size).map(Views.MeetingView::of);
    }

    /** The minutes, Arabic (right-to-left) then English, ready to print. */
    @GET
    @Path("/{id}/minutes.html")
    @Produces("text/html; charset=UTF-8")
    public String minutesHtml(@PathParam("id") UUID id) {
        return exports.minutesHtml(id);
    }

    @GET
    @Path("/{id}/minutes.md")
    @Produces("text/markdown; charset=UTF-8")
    public Response minutesMarkdown(@PathParam("id") UUID id) {
        return Response.ok(exports.minutesMarkdown(id))
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + ".md\"").build();
    }

    /** The meeting for a calendar, in its own time zone. */
    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(exports.calendar(id))
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    /** Moves the meeting on: SCHEDULED → HELD or CANCELLED. */
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/status")
    public Views.MeetingView moveTo(@PathParam("id") UUID id, @NotNull @Valid Requests.StatusChange request) {
        meetings.moveTo(id, request.status());
        return Views.MeetingView.of(meetings.read(id));
    }

    /** Approves a held meeting's minutes, which adopts every draft decision of it. */
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/minutes/approval")
    @Consumes(MediaType.WILDCARD)
    public List<Views.DecisionView> approveMinutes(@PathParam("id") UUID id) {
        return decisions.approveMinutes(id).stream()
                .map(adopted -> Views.DecisionView.of(decisions.read(adopted.id))).toList();
    }

    /** Records a draft decision of this meeting. */
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/decisions")
    public Response recordDecision(@PathParam("id") UUID meetingId, @NotNull @Valid Requests.NewDecision request,
                                   UriInfo uri) {
        Decision decision = decisions.record(meetingId, request.draft());
        return Response.created(uri.getBaseUriBuilder().path("decisions").path(decision.id.toString()).build())
                .entity(Views.DecisionView.of(decision)).build();
    }

    @GET
    @Path("/{id}/decisions")
    public Page<Views.DecisionView> decisions(@PathParam("id") UUID meetingId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return decisions.ofMeeting(meetingId, page, size).map(Views.DecisionView::of);
    }
}
