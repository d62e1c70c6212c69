package org.mutabaa.actions.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.links.ActionLinks;
import org.mutabaa.actions.service.links.LinkRateLimit;
import org.mutabaa.actions.service.workflow.ActionService;
import org.mutabaa.platform.problem.ProblemException;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The page of a signed action link (docs/decisions/0034), for a person with no account: the link's
 * token in the {@code Mutabaa-Link} header is all it takes, for that one action. Rate-limited per
 * client address; a refused link is 403 naming why ({@code errors[0].field} = {@code link}).
 */
@PermitAll
@Tag(name = "Action links", description = "A page for one action, opened by a signed link mailed to a person who has no"
        + " account; the recording secretariat lists and revokes them under /actions/{id}/links.")
@Path("/action-links/action")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The link is refused: errors[0] names the field `link` and why —"
        + " INVALID (not signed by the service), EXPIRED, REVOKED (withdrawn by the secretariat, or no longer the"
        + " person's to follow up) or CLOSED (the action is verified or cancelled).")
@APIResponse(responseCode = "429", description = "Too many requests, or too many refused links, from this address in a minute.")
public class ActionLinkResource {

    static final String HEADER = "Mutabaa-Link";

    private final ActionLinks links;
    private final ActionService actions;
    private final Calendars calendars;
    private final LinkRateLimit rateLimit;

    public ActionLinkResource(ActionLinks links, ActionService actions, Calendars calendars, LinkRateLimit rateLimit) {
        this.links = links;
        this.actions = actions;
        this.calendars = calendars;
        this.rateLimit = rateLimit;
    }

    @Extension(name = "x-roles", value = "[\"a signed action link\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The action as the link's page shows it, as it stands.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LinkedActionView.class)))
    @Operation(operationId = "openActionLink", summary = "The action a signed link opens",
            description = "The action, its decision and meeting, and its history, progress, comments and evidence, for"
                    + " the person the link was given to (named in `person`, with the language they read).")
    @GET
    public Views.LinkedActionView open(@Parameter(in = ParameterIn.HEADER, name = HEADER, required = true,
            description = "The link's token: what follows `#` in the mailed link.") @HeaderParam(HEADER) String token,
                                       @Context HttpServerRequest request) {
        return page(token, request);
    }

    @Extension(name = "x-roles", value = "[\"a signed action link\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The action as the link's page shows it, after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LinkedActionView.class)))
    @Operation(operationId = "reportProgressByLink", summary = "Report progress through a link",
            description = "As the action's owner would; an open action goes in progress with it.")
    @APIResponse(responseCode = "409", description = "The action is no longer pending.")
    @POST
    @Path("/progress")
    public Views.LinkedActionView progress(@HeaderParam(HEADER) String token, @Context HttpServerRequest request,
                                           @NotNull @Valid Requests.ProgressReport body) {
        return act(token, request, g -> actions.reportProgress(g.action().id, body.percent(), body.text(),
                g.link().actorId()));
    }

    @Extension(name = "x-roles", value = "[\"a signed action link\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The action as the link's page shows it, after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LinkedActionView.class)))
    @Operation(operationId = "commentByLink", summary = "Comment through a link",
            description = "Recorded under the person the link was given to, marked as done by link.")
    @POST
    @Path("/comments")
    public Views.LinkedActionView comment(@HeaderParam(HEADER) String token, @Context HttpServerRequest request,
                                          @NotNull @Valid Requests.NewComment body) {
        return act(token, request, g -> actions.comment(g.action().id, body.text(), g.link().actorId()));
    }

    @Extension(name = "x-roles", value = "[\"a signed action link\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The action as the link's page shows it, after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LinkedActionView.class)))
    @Operation(operationId = "attachByLink", summary = "Attach an evidence link through a link",
            description = "An absolute http(s) address of the evidence, with a title; recorded under the person the"
                    + " link was given to.")
    @POST
    @Path("/attachments")
    public Views.LinkedActionView attach(@HeaderParam(HEADER) String token, @Context HttpServerRequest request,
                                         @NotNull @Valid Requests.NewAttachment body) {
        return act(token, request, g -> actions.attach(g.action().id, body.url(), body.title(), g.link().actorId()));
    }

    @Extension(name = "x-roles", value = "[\"a signed action link\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The action as the link's page shows it, after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LinkedActionView.class)))
    @Operation(operationId = "changeStatusByLink", summary = "Move the action through a link",
            description = "IN_PROGRESS, BLOCKED (with a reason) or DONE (with evidence, or a reason saying what was"
                    + " done); DONE then awaits the recording secretariat's verification.")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this move from the action's present status.")
    @POST
    @Path("/status")
    public Views.LinkedActionView status(@HeaderParam(HEADER) String token, @Context HttpServerRequest request,
                                         @NotNull @Valid Requests.StatusChange body) {
        ActionLinks.requireMoveByLink(body.status());
        return act(token, request, g -> actions.changeStatus(g.action().id, body.status(), body.reason(),
                g.link().actorId()));
    }

    private Views.LinkedActionView act(String token, HttpServerRequest request, Consumer<ActionLinks.Grant> work) {
        return limited(request, () -> {
            ActionLinks.Grant grant = links.open(token);
            work.accept(grant);
            return view(links.page(grant));
        });
    }

    private Views.LinkedActionView page(String token, HttpServerRequest request) {
        return limited(request, () -> view(links.page(links.open(token))));
    }

    private Views.LinkedActionView view(ActionLinks.Page page) {
        return Views.LinkedActionView.of(page, actions.now(), calendars.of(page.grant().action().owner.countryCode));
    }

    /** Counts the request against its client address's limits, and a refused link against the stricter one. */
    private <T> T limited(HttpServerRequest request, Supplier<T> call) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        rateLimit.request(client);
        try {
            return call.get();
        } catch (ProblemException refused) {
            if (refused.toProblem().status() == 403) {
                rateLimit.refused(client);
            }
            throw refused;
        }
    }
}
