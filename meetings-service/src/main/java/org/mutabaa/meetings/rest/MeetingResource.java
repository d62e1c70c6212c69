package org.mutabaa.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import jakarta.ws.rs.PUT;
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
@Tag(name = "Meetings", description = "Meetings a secretariat records: delegations, agenda, status, minutes, and the decisions "
                    + "taken in them.")
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ExportService exports;
    private final org.mutabaa.meetings.service.MeetingCorrections corrections;
    private final org.mutabaa.platform.events.EventCodec codec;

    public MeetingResource(MeetingService meetings, DecisionService decisions, ExportService exports,
                           org.mutabaa.meetings.service.MeetingCorrections corrections,
                           org.mutabaa.platform.events.EventCodec codec) {
        this.corrections = corrections;
        this.codec = codec;
        this.meetings = meetings;
        this.decisions = decisions;
        this.exports = exports;
    }

    @Operation(operationId = "createMeeting", summary = "Record a meeting",
            description = "Records a meeting of the caller's organisation (a secretariat) or any (an admin): titles "
                    + "in Arabic and English, when and where, classification, delegations with their officials "
                    + "and roles, agenda. A meeting in the past may be recorded as HELD.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the meeting's address.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.MeetingView.class)))
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    public Response create(@NotNull @Valid Requests.NewMeeting request, UriInfo uri) {
        Meeting meeting = meetings.create(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(meeting.id.toString()).build())
                .entity(Views.MeetingView.of(meeting)).build();
    }

    @Operation(operationId = "getMeeting", summary = "Read a meeting",
            description = "A meeting with its delegations, participants and agenda.")
    @GET
    @Path("/{id}")
    public Views.MeetingView get(@PathParam("id") UUID id) {
        return Views.MeetingView.of(meetings.read(id));
    }

    /**
     * Meetings, newest first, filtered by start date (UTC days {@code from}..{@code to},
     * inclusive), a delegation's country or organisation, status and participant.
     */
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Meetings the caller may see, newest first, filtered by start date (UTC days `from`..`to`, "
                    + "inclusive, as YYYY-MM-DD), a delegation's country or organisation, status and participant.")
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
    @Operation(operationId = "getMinutesHtml", summary = "The minutes as a printable page",
            description = "The minutes, Arabic (right to left) then English, as HTML ready to print.")
    @GET
    @Path("/{id}/minutes.html")
    @Produces("text/html; charset=UTF-8")
    public String minutesHtml(@PathParam("id") UUID id) {
        return exports.minutesHtml(id);
    }

    @Operation(operationId = "getMinutesMarkdown", summary = "The minutes as Markdown",
            description = "The minutes, Arabic then English, as a Markdown file to download; names and texts are "
                    + "escaped.")
    @APIResponse(responseCode = "200", description = "The minutes, as an attachment named `minutes-<id>.md`.",
            content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}/minutes.md")
    @Produces("text/markdown; charset=UTF-8")
    public Response minutesMarkdown(@PathParam("id") UUID id) {
        return Response.ok(exports.minutesMarkdown(id))
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + ".md\"").build();
    }

    /** The meeting for a calendar, in its own time zone. */
    @Operation(operationId = "getMeetingCalendar", summary = "The meeting for a calendar",
            description = "The meeting as an iCalendar (RFC 5545) event in its own time zone.")
    @APIResponse(responseCode = "200", description = "The event, as an attachment named `meeting-<id>.ics`.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(exports.calendar(id))
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    @Operation(operationId = "correctMeeting", summary = "Correct a recorded meeting",
            description = "Until its minutes are approved: the meeting's title, modality and platform, time, "
                    + "delegations and agenda as they should have been recorded, with the reason. The correction is "
                    + "kept in the meeting's corrections; each decision in force is published again as amended "
                    + "(field `meeting`), so that its actions and notifications follow. Kind and classification stay.")
    @APIResponse(responseCode = "200", description = "The meeting as corrected.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.MeetingView.class)))
    @APIResponse(responseCode = "409", description = "The minutes are approved, or the meeting was cancelled.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/{id}")
    public Views.MeetingView correct(@PathParam("id") UUID id, @NotNull @Valid Requests.MeetingCorrection request) {
        corrections.correct(id, request.draft());
        return Views.MeetingView.of(meetings.read(id));
    }

    @Operation(operationId = "getMeetingCorrections", summary = "A meeting's corrections",
            description = "Every correction of the meeting, oldest first: when, by whom, why, each field before and after.")
    @GET
    @Path("/{id}/corrections")
    public org.mutabaa.platform.persistence.Page<Views.CorrectionView> corrections(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return corrections.of(id, page, size).map(c -> Views.CorrectionView.of(c, codec));
    }

    /** Moves the meeting on: SCHEDULED → HELD or CANCELLED. */
    @APIResponse(responseCode = "200", description = "The meeting as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.MeetingView.class)))
    @Operation(operationId = "changeMeetingStatus", summary = "Record a scheduled meeting as held or cancelled",
            description = "Moves the meeting on: SCHEDULED to HELD or CANCELLED.")
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/status")
    public Views.MeetingView moveTo(@PathParam("id") UUID id, @NotNull @Valid Requests.StatusChange request) {
        meetings.moveTo(id, request.status());
        return Views.MeetingView.of(meetings.read(id));
    }

    /** Approves a held meeting's minutes, which adopts every draft decision of it. */
    @APIResponse(responseCode = "200", description = "The decisions the approval adopted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Views.DecisionView.class)))
    @Operation(operationId = "approveMinutes", summary = "Approve the minutes",
            description = "Approves a held meeting's minutes, which adopts every draft decision of it; answers the "
                    + "decisions adopted.")
    @APIResponse(responseCode = "409", description = "The meeting is not HELD, or its minutes are approved already.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/minutes/approval")
    @Consumes(MediaType.WILDCARD)
    public List<Views.DecisionView> approveMinutes(@PathParam("id") UUID id) {
        return decisions.approveMinutes(id).stream()
                .map(adopted -> Views.DecisionView.of(decisions.read(adopted.id))).toList();
    }

    /** Records a draft decision of this meeting. */
    @Operation(operationId = "recordDecision", summary = "Record a draft decision",
            description = "Records a draft decision of this meeting: its text in Arabic and English, which language "
                    + "is authoritative, its type, owners among the participants and their action items. It is "
                    + "adopted later, alone or with the minutes.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the decision's address.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    @APIResponse(responseCode = "409", description = "The meeting was cancelled.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/decisions")
    public Response recordDecision(@PathParam("id") UUID meetingId, @NotNull @Valid Requests.NewDecision request,
                                   UriInfo uri) {
        Decision decision = decisions.record(meetingId, request.draft());
        return Response.created(uri.getBaseUriBuilder().path("decisions").path(decision.id.toString()).build())
                .entity(Views.DecisionView.of(decision)).build();
    }

    @Operation(operationId = "listMeetingDecisions", summary = "List a meeting's decisions",
            description = "The decisions of the meeting the caller may see, in the order they were recorded.")
    @GET
    @Path("/{id}/decisions")
    public Page<Views.DecisionView> decisions(@PathParam("id") UUID meetingId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return decisions.ofMeeting(meetingId, page, size).map(Views.DecisionView::of);
    }
}
