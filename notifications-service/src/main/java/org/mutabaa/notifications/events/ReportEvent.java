package org.mutabaa.notifications.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What notifications-service reads of {@code org.mutabaa.report.ready.v1} (schema in
 * contracts/actions-service/): an organisation's report of a quarter, for its focal points' mail.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportEvent(UUID organisationId, String organisationNameAr, String organisationNameEn, String countryCode,
                          String period, LocalDate from, LocalDate to, Counts totals, Counts previous,
                          List<Late> oldestLate, List<Person> recipients, String html, String pdf, String pdfName) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(int onTrack, int atRisk, int late, int done, int verified, int cancelled) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Late(UUID actionId, String titleAr, String titleEn, String ownerAr, String ownerEn,
                       LocalDate dueDate, long workingDaysLate) {
    }
}
