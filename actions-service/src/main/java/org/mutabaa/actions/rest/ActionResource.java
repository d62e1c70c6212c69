package org.mutabaa.actions.rest;

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
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.ActionFilter;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.links.ActionLinks;
import org.mutabaa.actions.service.workflow.ActionService;
import org.mutabaa.platform.time.WorkingCalendar;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.persistence.Page;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Actions", description = "Tracked actions: one per owner of each adopted decision, worked by their owner and "
                    + "followed up by the secretariat.")
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService actions;
    private final Caller caller;
    private final Calendars calendars;
    private final ActionLinks links;

    public ActionResource(ActionService actions, Caller caller, Calendars calendars, ActionLinks links) {
        this.links = links;
        this.actions = actions;
        this.caller = caller;
        this.calendars = calendars;
    }

    @Operation(operationId = "listActions", summary = "List actions",
            description = "`verification` is AWAITING (done, the secretariat to check it) or VERIFIED; "
                    + "`dueBefore`/`dueAfter` are exclusive (YYYY-MM-DD); `overdue=true` keeps the pending "
                    + "actions past their due date in their owner's time zone; `sort` is dueDate, createdAt or "
                    + "updatedAt, `-` first for newest first.")
    @GET
    public Page<Views.ActionView> list(@QueryParam("ownerId") UUID ownerId,
                                           @QueryParam("organisationId") UUID organisationId,
                                           @QueryParam("countryCode") String countryCode,
                                           @QueryParam("meetingId") UUID meetingId,
                                           @QueryParam("decisionId") UUID decisionId,
                                           @QueryParam("status") String status,
                                           @QueryParam("verification") String verification,
                                           @QueryParam("dueBefore") String dueBefore,
                                           @QueryParam("dueAfter") String dueAfter,
                                           @QueryParam("overdue") Boolean overdue,
                                           @QueryParam("sort") String sort,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return page(filter(ownerId, organisationId, countryCode, meetingId, decisionId, status, verification,
                dueBefore, dueAfter, overdue, null), sort, page, size);
    }

    @Operation(operationId = "listMyActions", summary = "List the caller's actions",
            description = "The acting official's actions: those they own or collaborate on, with the same filters as "
                    + "the list of actions.")
    @GET
    @Path("/mine")
    public Page<Views.ActionView> mine(@QueryParam("status") String status,
                                           @QueryParam("dueBefore") String dueBefore,
                                           @QueryParam("dueAfter") String dueAfter,
                                           @QueryParam("overdue") Boolean overdue,
                                           @QueryParam("sort") String sort,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return page(filter(null, null, null, null, null, status, null, dueBefore, dueAfter, overdue,
                caller.officialId()), sort, page, size);
    }

    @Operation(operationId = "getAction", summary = "Read an action")
    @GET
    @Path("/{id}")
    public Views.ActionView get(@PathParam("id") UUID id) {
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The action as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ActionView.class)))
    @Operation(operationId = "changeAction", summary = "Change an action's priority, due date or collaborators",
            description = "Absent fields stay as they are.")
    @APIResponse(responseCode = "409", description = "The action is no longer pending: it is DONE or CANCELLED.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PATCH
    @Path("/{id}")
    public Views.ActionView change(@PathParam("id") UUID id, @NotNull @Valid Requests.ActionChange request) {
        actions.update(id, request.priority(), request.dueDate(), request.collaboratorIds(), caller.officialId());
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The action as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ActionView.class)))
    @Operation(operationId = "changeActionStatus", summary = "Move an action through its workflow",
            description = "OPEN, IN_PROGRESS, BLOCKED, DONE, CANCELLED; blocking, cancelling and reopening a done "
                    + "action need a reason. DONE needs evidence: an attached link, or a reason saying what was "
                    + "done; it then awaits the verification of the secretariat that recorded the meeting.")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this move from the action's present status.")
    @POST
    @Path("/{id}/status")
    public Views.ActionView status(@PathParam("id") UUID id, @NotNull @Valid Requests.StatusChange request) {
        actions.changeStatus(id, request.status(), request.reason(), caller.officialId());
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The action as it is now: DONE and VERIFIED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ActionView.class)))
    @Operation(operationId = "verifyAction", summary = "Verify a done action",
            description = "The secretariat that recorded the meeting accepts the evidence of a DONE action; nobody "
                    + "verifies an action they own.")
    @APIResponse(responseCode = "409", description = "The action is not DONE, or is verified already.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    public Views.ActionView verify(@PathParam("id") UUID id) {
        actions.verify(id, caller.officialId());
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The action as it is now: IN_PROGRESS, with the reason.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ActionView.class)))
    @Operation(operationId = "returnAction", summary = "Return a done action to its owner",
            description = "The secretariat that recorded the meeting does not accept the evidence of a DONE action "
                    + "awaiting verification: it goes back in progress, with the reason.")
    @APIResponse(responseCode = "409", description = "The action is not DONE, or is verified already.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/return")
    public Views.ActionView returnForWork(@PathParam("id") UUID id, @NotNull @Valid Requests.Return request) {
        actions.returnForWork(id, request.reason(), caller.officialId());
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The action as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ActionView.class)))
    @Operation(operationId = "reassignAction", summary = "Give an action to another official",
            description = "The new owner and the reason; the history keeps both owners. The secretariat that recorded "
                    + "the meeting gives it to anyone; a focal point of the organisation that owns it (no person "
                    + "yet) hands it to a person of that organisation.")
    @APIResponse(responseCode = "409", description = "The action is no longer pending: it is DONE or CANCELLED.")
    @POST
    @Path("/{id}/reassignment")
    public Views.ActionView reassign(@PathParam("id") UUID id, @NotNull @Valid Requests.Reassignment request) {
        actions.reassign(id, request.officialId(), request.reason(), caller.officialId());
        return view(id);
    }

    @Operation(operationId = "listActionProgress", summary = "List an action's progress reports",
            description = "Oldest first.")
    @GET
    @Path("/{id}/progress")
    public Page<Views.ProgressView> progress(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return actions.progress(id, page, size).map(Views.ProgressView::of);
    }

    @Operation(operationId = "reportActionProgress", summary = "Report progress on an action",
            description = "A percentage and a note; an open action goes in progress with it.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the action's progress.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ProgressView.class)))
    @APIResponse(responseCode = "409", description = "The action is no longer pending: it is DONE or CANCELLED.")
    @POST
    @Path("/{id}/progress")
    public Response reportProgress(@PathParam("id") UUID id, @NotNull @Valid Requests.ProgressReport request, @Context UriInfo uri) {
        var update = actions.reportProgress(id, request.percent(), request.text(), caller.officialId());
        return created(uri, update.id, Views.ProgressView.of(update));
    }

    @Operation(operationId = "listActionComments", summary = "List an action's comments",
            description = "Oldest first.")
    @GET
    @Path("/{id}/comments")
    public Page<Views.CommentView> comments(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return actions.comments(id, page, size).map(Views.CommentView::of);
    }

    @Operation(operationId = "commentOnAction", summary = "Comment on an action")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the action's comments.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CommentView.class)))
    @POST
    @Path("/{id}/comments")
    public Response comment(@PathParam("id") UUID id, @NotNull @Valid Requests.NewComment request, @Context UriInfo uri) {
        var comment = actions.comment(id, request.text(), caller.officialId());
        return created(uri, comment.id, Views.CommentView.of(comment));
    }

    @Operation(operationId = "listActionAttachments", summary = "List an action's evidence links")
    @GET
    @Path("/{id}/attachments")
    public Page<Views.AttachmentView> attachments(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return actions.attachments(id, page, size).map(Views.AttachmentView::of);
    }

    @Operation(operationId = "attachToAction", summary = "Attach an evidence link to an action")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the action's evidence.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "The action is cancelled.")
    @POST
    @Path("/{id}/attachments")
    public Response attach(@PathParam("id") UUID id, @NotNull @Valid Requests.NewAttachment request, @Context UriInfo uri) {
        var attachment = actions.attach(id, request.url(), request.title(), caller.officialId());
        return created(uri, attachment.id, Views.AttachmentView.of(attachment));
    }

    @Operation(operationId = "getActionHistory", summary = "An action's history",
            description = "Every change to the action, oldest first: who, when, old and new value.")
    @GET
    @Path("/{id}/history")
    public Page<Views.HistoryView> history(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return actions.history(id, page, size).map(Views.HistoryView::of);
    }

    @Operation(operationId = "listActionLinks", summary = "The signed links given for an action",
            description = "Newest first: the links mailed to the action's focal points who have no account, with"
                    + " when each was given, until when it works and when it was last used. The tokens are never shown.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @GET
    @Path("/{id}/links")
    public List<Views.ActionLinkView> links(@PathParam("id") UUID id) {
        var now = actions.now();
        return links.of(id).stream().map(l -> Views.ActionLinkView.of(l, now)).toList();
    }

    @Operation(operationId = "revokeActionLink", summary = "Revoke a signed link",
            description = "The link is refused from now on, with nothing it opened changed; the next mail about the"
                    + " action carries a new one. Revoking a revoked link changes nothing.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @DELETE
    @Path("/{id}/links/{linkId}")
    public Views.ActionLinkView revokeLink(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        return Views.ActionLinkView.of(links.revoke(id, linkId, caller.officialIdOrNull()), actions.now());
    }

    private Views.ActionView view(UUID id) {
        Action action = actions.get(id);
        return Views.ActionView.of(action, actions.now(), calendars.of(action.owner.countryCode),
                actions.counterparts(List.of(action)).get(action.counterpartActionId));
    }

    private ActionFilter filter(UUID ownerId, UUID organisationId, String countryCode, UUID meetingId,
                                UUID decisionId, String status, String verification, String dueBefore,
                                String dueAfter, Boolean overdue, UUID involving) {
        return new ActionFilter(ownerId, organisationId, countryCode, meetingId, decisionId,
                Params.enumValue("status", status, Action.Status.class),
                Params.enumValue("verification", verification, Action.Verification.class),
                Params.date("dueBefore", dueBefore),
                Params.date("dueAfter", dueAfter), overdue, involving, actions.now());
    }

    private Page<Views.ActionView> page(ActionFilter filter, String sort, int page, int size) {
        Page<Action> found = actions.search(filter, sort, page, size);
        Map<String, WorkingCalendar> byCountry = calendars.of(found.items().stream()
                .map(a -> a.owner.countryCode).collect(Collectors.toSet()));
        Map<UUID, Action> others = actions.counterparts(found.items());
        return found.map(a -> Views.ActionView.of(a, filter.now(), byCountry.get(a.owner.countryCode),
                others.get(a.counterpartActionId)));
    }

    private static Response created(UriInfo uri, UUID id, Object body) {
        URI location = uri.getAbsolutePathBuilder().path(id.toString()).build();
        return Response.created(location).entity(body).build();
    }
}
