package org.mutabaa.meetings.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.meetings.service.DecisionService;

import java.util.UUID;

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
        return Views.DecisionView.of(decisions.get(id));
    }

    /** Adopts a draft decision; its owners' follow-up starts from here. */
    @POST
    @Path("/{id}/adopt")
    public Views.DecisionView adopt(@PathParam("id") UUID id) {
        return Views.DecisionView.of(decisions.adopt(id));
    }
}
