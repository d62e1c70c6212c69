package org.mutabaa.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.meetings.service.DecisionService;
import org.mutabaa.platform.security.Caller;

import java.util.UUID;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Decisions", description = "What a meeting decided: adopted, amended, revoked; each adopted decision becomes tracked "
                    + "actions.")
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;

    public DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Operation(operationId = "getDecision", summary = "Read a decision")
    @GET
    @Path("/{id}")
    public Views.DecisionView get(@PathParam("id") UUID id) {
        return view(id);
    }

    /**
     * Read afresh after a change: the changing transaction has ended, and the view may need
     * associations it did not load.
     */
    private Views.DecisionView view(UUID id) {
        return Views.DecisionView.of(decisions.read(id));
    }

    /** Replaces a decision's content; a decision in force is thereby amended. */
    @APIResponse(responseCode = "200", description = "The decision as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    @Operation(operationId = "amendDecision", summary = "Amend a decision",
            description = "Replaces a decision's text, owners and action items. A draft is simply changed; an "
                    + "adopted decision is amended, and what changed flows to its actions and their owners.")
    @APIResponse(responseCode = "409", description = "The decision is revoked.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.DecisionView update(@PathParam("id") UUID id, @NotNull @Valid Requests.NewDecision request) {
        decisions.update(id, request.draft());
        return view(id);
    }

    @APIResponse(responseCode = "200", description = "The decision as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    @Operation(operationId = "revokeDecision", summary = "Revoke a decision",
            description = "Revokes an adopted decision with the reason; its pending actions are cancelled.")
    @APIResponse(responseCode = "409", description = "The decision is not adopted, or revoked already.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.DecisionView revoke(@PathParam("id") UUID id, @NotNull @Valid Requests.Revocation request) {
        decisions.revoke(id, request.reason());
        return view(id);
    }

    @Operation(operationId = "deleteDraftDecision", summary = "Delete a draft decision",
            description = "A draft, never adopted, is deleted with its action items; nobody was told of it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The decision is not a draft: revoke an adopted decision instead.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") UUID id) {
        decisions.deleteDraft(id);
    }

    /** Adopts a draft decision; its owners' follow-up starts from here. */
    @APIResponse(responseCode = "200", description = "The decision as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.DecisionView.class)))
    @Operation(operationId = "adoptDecision", summary = "Adopt a decision",
            description = "Adopts a draft decision of a held meeting; its owners get their actions.")
    @APIResponse(responseCode = "409", description = "The decision is not a draft, or its meeting is not held.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/adopt")
    public Views.DecisionView adopt(@PathParam("id") UUID id) {
        decisions.adopt(id);
        return view(id);
    }
}
