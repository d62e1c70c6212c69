package org.mutabaa.meetings.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.service.DirectoryService;

import java.util.UUID;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final DirectoryService directory;

    public OrganisationResource(DirectoryService directory) {
        this.directory = directory;
    }

    @POST
    public Response create(@NotNull @Valid Requests.NewOrganisation request, UriInfo uri) {
        Organisation organisation = directory.createOrganisation(request);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                .entity(Views.OrganisationView.of(organisation)).build();
    }

    @GET
    @Path("/{id}")
    public Views.OrganisationView get(@PathParam("id") UUID id) {
        return Views.OrganisationView.of(directory.organisation(id));
    }
}
