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
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.service.DirectoryService;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.persistence.Page;

import java.util.UUID;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Officials", description = "The directory's officials: names in Arabic and English, organisation, title, language, "
                    + "time zone, address.")
@Path("/officials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficialResource {

    private final DirectoryService directory;

    public OfficialResource(DirectoryService directory) {
        this.directory = directory;
    }

    @Operation(operationId = "createOfficial", summary = "Add an official to the directory")
    @APIResponse(responseCode = "201", description = "Added; `Location` is the official's address.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OfficialView.class)))
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    public Response create(@NotNull @Valid Requests.NewOfficial request, UriInfo uri) {
        Official official = directory.createOfficial(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(official.id.toString()).build())
                .entity(Views.OfficialView.of(official)).build();
    }

    @Operation(operationId = "getOfficial", summary = "Read an official")
    @GET
    @Path("/{id}")
    public Views.OfficialView get(@PathParam("id") UUID id) {
        return Views.OfficialView.of(directory.official(id));
    }

    /** Replaces an official's details, e.g. to add the name of someone known only by title. */
    @Operation(operationId = "updateOfficial", summary = "Change an official",
            description = "Replaces an official's record; a secretariat changes those of its organisation and those "
                    + "it entered.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/{id}")
    public Views.OfficialView update(@PathParam("id") UUID id, @NotNull @Valid Requests.NewOfficial request) {
        return Views.OfficialView.of(directory.updateOfficial(id, request.draft()));
    }

    @APIResponse(responseCode = "200", description = "The official as they are now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.OfficialView.class)))
    @Operation(operationId = "deactivateOfficial", summary = "Deactivate an official",
            description = "An official who has left: kept for history, no longer notified or named as an owner.")
    @APIResponse(responseCode = "409", description = "The official is already inactive.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    public Views.OfficialView deactivate(@PathParam("id") UUID id) {
        return Views.OfficialView.of(directory.deactivateOfficial(id));
    }

    /** Officials filtered by organisation, country and whether active. */
    @Operation(operationId = "listOfficials", summary = "List officials",
            description = "Officials by organisation, country and whether they are active.")
    @GET
    public Page<Views.OfficialView> list(
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("countryCode") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode,
            @QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.officials(organisationId, countryCode, active, page, size).map(Views.OfficialView::of);
    }
}
