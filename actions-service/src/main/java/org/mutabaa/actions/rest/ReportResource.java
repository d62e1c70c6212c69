package org.mutabaa.actions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutabaa.actions.service.reports.OrganisationReport;
import org.mutabaa.actions.service.reports.Period;
import org.mutabaa.actions.service.reports.QuarterlyReports;
import org.mutabaa.actions.service.reports.ReportDocuments;
import org.mutabaa.actions.service.reports.Reports;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.time.Now;

import java.util.UUID;

/**
 * An organisation's periodic report (docs/decisions/0035): the data, and the same as a printable page,
 * a PDF, a spreadsheet and a chart. The period is a quarter ({@code period=2027-Q1}) or {@code from} and
 * {@code to}; without either, the last quarter that has ended.
 */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
@Tag(name = "Reports", description = "An organisation's follow-up over a period: every decision it recorded or owns an"
        + " action of, each action on track, at risk, late, done or verified, per meeting and per owners' country, the"
        + " five late the longest, and the change since the period before.")
@Path("/organisations/{organisationId}/report")
public class ReportResource {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";
    static final String SVG = "image/svg+xml";

    private final Reports reports;
    private final ReportDocuments documents;
    private final QuarterlyReports quarterly;
    private final Now now;

    public ReportResource(Reports reports, ReportDocuments documents, QuarterlyReports quarterly, Now now) {
        this.now = now;
        this.quarterly = quarterly;
        this.reports = reports;
        this.documents = documents;
    }

    @Operation(operationId = "getOrganisationReport", summary = "An organisation's report, as data",
            description = "Its own secretariat, or an administrator. Each action's state is as it stood at the end of"
                    + " the period (now, while it lasts); `previous` counts the period before.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OrganisationReport data(@PathParam("organisationId") UUID organisationId,
                                   @Parameter(description = "A quarter, YYYY-Qn.", example = "2027-Q1") @QueryParam("period") String period,
                                   @Parameter(description = "The first day (YYYY-MM-DD), with `to`.") @QueryParam("from") String from,
                                   @Parameter(description = "The last day (YYYY-MM-DD), with `from`.") @QueryParam("to") String to) {
        return report(organisationId, period, from, to);
    }

    @Operation(operationId = "getOrganisationReportPage", summary = "An organisation's report, as a printable page",
            description = "HTML in Arabic first, right to left, with English beside each line.")
    @APIResponse(responseCode = "200", description = "The page.",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/page")
    @Produces(MediaType.TEXT_HTML)
    public String page(@PathParam("organisationId") UUID organisationId, @QueryParam("period") String period,
                       @QueryParam("from") String from, @QueryParam("to") String to) {
        return documents.html(report(organisationId, period, from, to));
    }

    @Operation(operationId = "getOrganisationReportPdf", summary = "An organisation's report, as a PDF",
            description = "The printable page on A4, its Arabic shaped and ordered.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "No font with Arabic letters is installed.")
    @GET
    @Path("/pdf")
    @Produces(PDF)
    public Response pdf(@PathParam("organisationId") UUID organisationId, @QueryParam("period") String period,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        OrganisationReport report = report(organisationId, period, from, to);
        return attachment(documents.pdf(report), PDF, report, "pdf");
    }

    @Operation(operationId = "getOrganisationReportCsv", summary = "An organisation's report, as a spreadsheet",
            description = "CSV in UTF-8 with a byte order mark, one row per action, Arabic and English columns.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/csv")
    @Produces(CSV)
    public Response csv(@PathParam("organisationId") UUID organisationId, @QueryParam("period") String period,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        OrganisationReport report = report(organisationId, period, from, to);
        return attachment(documents.csv(report), CSV + "; charset=UTF-8", report, "csv");
    }

    @Operation(operationId = "getOrganisationReportChart", summary = "An organisation's report, as a chart",
            description = "SVG: each state's count this period beside the previous one.")
    @APIResponse(responseCode = "200", description = "The chart.",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/chart")
    @Produces(SVG)
    public String chart(@PathParam("organisationId") UUID organisationId, @QueryParam("period") String period,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        return documents.svg(report(organisationId, period, from, to));
    }

    @Operation(operationId = "mailOrganisationReport", summary = "Mail an organisation's quarterly report now",
            description = "The report of the quarter to the organisation's focal points, as the schedule sends it on the"
                    + " first working day of the next quarter: for an administrator after an outage longer than the"
                    + " catch-up days. Still once per organisation and quarter, whichever replica is asked.")
    @APIResponse(responseCode = "204", description = "Sent to the focal points (published for notifications-service); no body.")
    @APIResponse(responseCode = "409", description = "Already sent, nothing to report in the quarter, or no focal point named.")
    @RolesAllowed(Caller.ADMIN)
    @POST
    @Path("/mail")
    public Response mail(@PathParam("organisationId") UUID organisationId,
                         @Parameter(description = "A quarter, YYYY-Qn.", example = "2027-Q1", required = true)
                         @QueryParam("period") String period) {
        if (period == null || period.isBlank()) {
            throw ProblemException.invalidField("period", "is required: a quarter such as 2027-Q1");
        }
        QuarterlyReports.Outcome outcome = quarterly.mailNow(organisationId, Period.of(period, null, null, now.get().toLocalDate()));
        return switch (outcome) {
            case SENT -> Response.noContent().build();
            case ALREADY_SENT -> throw ProblemException.conflict("the report of " + period + " was sent already");
            case NOTHING_TO_REPORT -> throw ProblemException.conflict("the organisation has nothing to report in " + period);
            case NO_FOCAL_POINTS -> throw ProblemException.conflict("the organisation names no focal point to mail");
        };
    }

    private OrganisationReport report(UUID organisationId, String period, String from, String to) {
        return reports.read(organisationId, Period.of(period, from, to, now.get().toLocalDate()));
    }

    private static Response attachment(byte[] body, String type, OrganisationReport report, String extension) {
        String name = "report-" + report.organisation().id() + "-" + report.period().label() + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
