package org.mutabaa.meetings.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;

    public DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

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
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.DecisionView update(@PathParam("id") UUID id, @NotNull @Valid Requests.NewDecision request) {
        decisions.update(id, request.draft());
        return view(id);
    }

    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.DecisionView revoke(@PathParam("id") UUID id, @NotNull @Valid Requests.Revocation request) {
        decisions.revoke(id, request.reason());
        return view(id);
    }

    /** Adopts a draft decision; its owners' follow-up starts from here. */
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/adopt")
    public Views.DecisionView adopt(@PathParam("id") UUID id) {
        decisions.adopt(id);
        return view(id);
    }
}
