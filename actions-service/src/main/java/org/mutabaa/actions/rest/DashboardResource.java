package org.mutabaa.actions.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mutabaa.actions.service.Dashboard;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** The follow-up dashboard: per meeting, organisation or country, latest first by how much is late. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
@Tag(name = "Dashboard", description = "The follow-up dashboard of a secretariat.")
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final Dashboard dashboard;

    public DashboardResource(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(operationId = "getDashboard", summary = "The follow-up dashboard",
            description = "Per meeting, owning organisation or owner's country: counts by status, overdue, the "
                    + "action late longest, completion rate.")
    @GET
    @Path("/{by: meetings|organisations|countries}")
    public List<Dashboard.Row> rows(@PathParam("by") String by,
                                    @QueryParam("meetingId") UUID meetingId,
                                    @QueryParam("organisationId") UUID organisationId,
                                    @QueryParam("countryCode") String countryCode) {
        Dashboard.By grouping = switch (by) {
            case "meetings" -> Dashboard.By.MEETING;
            case "organisations" -> Dashboard.By.ORGANISATION;
            default -> Dashboard.By.COUNTRY;
        };
        return dashboard.rows(grouping, meetingId, organisationId, country(countryCode));
    }

    @Operation(operationId = "getPairs", summary = "Leads and counterparts side by side",
            description = "Each decision's lead action beside its counterpart's on the other delegation, with which"
                    + " side is late (NONE, LEAD, COUNTERPART, BOTH); late pairs first. At most 500.")
    @GET
    @Path("/pairs")
    public List<Dashboard.CounterpartPair> pairs(@QueryParam("meetingId") UUID meetingId,
                                      @QueryParam("countryCode") String countryCode) {
        return dashboard.pairs(meetingId, country(countryCode));
    }

    private static String country(String code) {
        if (code != null && !code.matches("[A-Z]{2}")) {
            throw ProblemException.invalidField("countryCode", "must be an ISO 3166-1 alpha-2 code such as SY or OM");
        }
        return code;
    }
}
