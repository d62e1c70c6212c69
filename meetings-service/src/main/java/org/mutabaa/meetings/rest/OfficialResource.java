package org.mutabaa.meetings.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.service.DirectoryService;

import java.util.UUID;

@Path("/officials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficialResource {

    private final DirectoryService directory;

    public OfficialResource(DirectoryService directory) {
        this.directory = directory;
    }

    @POST
    public Response create(@NotNull @Valid Requests.NewOfficial request, UriInfo uri) {
        Official official = directory.createOfficial(request);
        return Response.created(uri.getAbsolutePathBuilder().path(official.id.toString()).build())
                .entity(Views.OfficialView.of(official)).build();
    }

    @GET
    @Path("/{id}")
    public Views.OfficialView get(@PathParam("id") UUID id) {
        return Views.OfficialView.of(directory.official(id));
    }

    @GET
    public Views.Page<Views.OfficialView> list(@QueryParam("organisationId") UUID organisationId,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Official> query = directory.officials(organisationId).page(page, size);
        return Views.Page.of(query.list(), Views.OfficialView::of, page, size, query.count());
    }
}
