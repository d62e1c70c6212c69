package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.mutabaa.report.ready.v1} (schema in contracts/actions-service/): an
 * organisation's report of the quarter just ended, for its focal points' mail: the page as the body,
 * the PDF (Base64) attached.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportReady(UUID organisationId, String organisationNameAr, String organisationNameEn, String countryCode,
                          String period, LocalDate from, LocalDate to, Counts totals, Counts previous,
                          List<Late> oldestLate, List<ActionPerson> recipients, String html, String pdf,
                          String pdfName) {

    public static final String TYPE = "org.mutabaa.report.ready.v1";

    public record Counts(int onTrack, int atRisk, int late, int done, int verified, int cancelled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Late(UUID actionId, String titleAr, String titleEn, String ownerAr, String ownerEn,
                       LocalDate dueDate, long workingDaysLate) {
    }

    /** Without the PDF: for a report too large to carry it. */
    public ReportReady withoutPdf() {
        return new ReportReady(organisationId, organisationNameAr, organisationNameEn, countryCode, period, from, to,
                totals, previous, oldestLate, recipients, html, null, null);
    }
}
