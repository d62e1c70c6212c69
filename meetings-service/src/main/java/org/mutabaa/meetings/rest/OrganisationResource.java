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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
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
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.meetings.service.DirectoryService;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.persistence.Page;

import java.util.UUID;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Organisations", description = "The directory's organisations: ministries, agencies, banks, with their country.")
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final DirectoryService directory;

    public OrganisationResource(DirectoryService directory) {
        this.directory = directory;
    }

    @Operation(operationId = "createOrganisation", summary = "Add an organisation to the directory")
    @APIResponse(responseCode = "201", description = "Added; `Location` is the organisation's address.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OrganisationView.class)))
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    public Response create(@NotNull @Valid Requests.NewOrganisation request, UriInfo uri) {
        Organisation organisation = directory.createOrganisation(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                .entity(Views.OrganisationView.of(organisation)).build();
    }

    @Operation(operationId = "getOrganisation", summary = "Read an organisation")
    @GET
    @Path("/{id}")
    public Views.OrganisationView get(@PathParam("id") UUID id) {
        return Views.OrganisationView.of(directory.organisation(id));
    }

    @Operation(operationId = "updateOrganisation", summary = "Change an organisation")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/{id}")
    public Views.OrganisationView update(@PathParam("id") UUID id, @NotNull @Valid Requests.NewOrganisation request) {
        return Views.OrganisationView.of(directory.updateOrganisation(id, request.draft()));
    }

    /** Organisations, optionally of one country and kind. */
    @Operation(operationId = "listOrganisations", summary = "List organisations")
    @GET
    public Page<Views.OrganisationView> list(
            @QueryParam("countryCode") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode,
            @QueryParam("kind") Enums.OrganisationKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.organisations(countryCode, kind, page, size).map(Views.OrganisationView::of);
    }
}
