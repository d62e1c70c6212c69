package org.mutabaa.actions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutabaa.actions.domain.FocalAddress;
import org.mutabaa.actions.service.followup.FocalPoints;
import org.mutabaa.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** An organisation's follow-up focal points. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Follow-up settings", description = "Who follows up and how: a meeting's status checks and escalation chain, an organisation's focal points.")
@Path("/organisations/{organisationId}/focal-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FocalPointsResource {

    private final FocalPoints focalPoints;
    private final Caller caller;

    public FocalPointsResource(FocalPoints focalPoints, Caller caller) {
        this.focalPoints = focalPoints;
        this.caller = caller;
    }

    @Operation(operationId = "getFocalPoints", summary = "An organisation's follow-up focal points",
            description = "The officials of the organisation who are told of the actions it owns while no person "
                    + "does (and may hand one to a person of it) and, for the organisation of a recording secretariat, "
                    + "of the done actions to verify and the escalations that reach it. Empty when it names none.")
    @GET
    public Views.FocalPointsView get(@PathParam("organisationId") UUID organisationId) {
        return view(organisationId, focalPoints.named(organisationId));
    }

    @Operation(operationId = "nameFocalPoints", summary = "Name an organisation's follow-up focal points",
            description = "Replaces the list: active officials of the organisation, at most 10, in order. The "
                    + "organisation's own secretariat, a secretariat that recorded a meeting whose action the "
                    + "organisation owns, or an administrator. `addresses` names people outside the directory (of an "
                    + "organisation outside its countries), told by mail in their language; officials and addresses "
                    + "make at most 10.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    public Views.FocalPointsView name(@PathParam("organisationId") UUID organisationId,
                                      @NotNull @Valid Requests.FocalPointsChoice request) {
        List<FocalAddress> addresses = request.addresses() == null ? List.of() : request.addresses().stream()
                .map(a -> new FocalAddress(a.email(), a.nameAr(), a.nameEn(), a.preferredLanguage())).toList();
        return view(organisationId, focalPoints.name(organisationId, request.focalPointIds(), addresses,
                caller.officialIdOrNull()));
    }

    private static Views.FocalPointsView view(UUID organisationId, FocalPoints.Named named) {
        return new Views.FocalPointsView(organisationId, named.officials().stream()
                .map(o -> new Views.FocalPointView(o.id, o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.countryCode,
                        o.preferredLanguage, o.active)).toList(),
                named.addresses().stream()
                        .map(a -> new Views.FocalAddressView(a.email, a.nameAr, a.nameEn, a.preferredLanguage)).toList());
    }
}
