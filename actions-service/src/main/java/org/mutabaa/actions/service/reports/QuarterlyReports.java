package org.mutabaa.actions.service.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.events.ActionEvents;
import org.mutabaa.actions.events.ActionPerson;
import org.mutabaa.actions.events.ReportReady;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.followup.FocalPoints;
import org.mutabaa.platform.outbox.EventTooLargeException;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.WorkingCalendar;
import org.mutabaa.platform.time.Zones;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Sends each organisation's report of the quarter just ended to its focal points, on the first
 * working day of the next quarter in its country's calendar (docs/decisions/0035). Once per
 * organisation and quarter however many replicas look: the one whose transaction inserts the
 * {@code report_dispatch} row publishes the report in that transaction; the others find the row.
 * Each organisation is sent in a transaction of its own, so that one that fails holds back no other.
 */
@ApplicationScoped
public class QuarterlyReports {

    private static final Logger LOG = Logger.getLogger(QuarterlyReports.class);

    /** What came of sending an organisation's report of a period. */
    public enum Outcome { SENT, ALREADY_SENT, NOTHING_TO_REPORT, NO_FOCAL_POINTS }

    /** Where an organisation is, for its calendar and its day. */
    record Place(UUID organisationId, String countryCode, String timeZone) {
    }

    private final EntityManager em;
    private final Reports reports;
    private final ReportDocuments documents;
    private final FocalPoints focalPoints;
    private final ActionEvents events;
    private final Calendars calendars;
    private final ActionsConfig config;
    private final Now now;

    public QuarterlyReports(EntityManager em, Reports reports, ReportDocuments documents, FocalPoints focalPoints,
                            ActionEvents events, Calendars calendars, ActionsConfig config, Now now) {
        this.em = em;
        this.reports = reports;
        this.documents = documents;
        this.focalPoints = focalPoints;
        this.events = events;
        this.calendars = calendars;
        this.config = config;
        this.now = now;
    }

    @Scheduled(every = "${mutabaa.actions.reports.every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends the reports due today; returns how many this replica sent. */
    public int sendDue() {
        OffsetDateTime at = now.get();
        int sent = 0;
        for (Place place : QuarkusTransaction.requiringNew().call(this::places)) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> sendIfDue(place, at))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "the quarterly report of organisation %s was not sent; it is tried again", place.organisationId());
            }
        }
        return sent;
    }

    /** The organisation's report of the quarter before {@code at}'s, if today is its day and no replica sent it. */
    boolean sendIfDue(Place place, OffsetDateTime at) {
        LocalDate today = at.atZoneSameInstant(ZoneId.of(place.timeZone())).toLocalDate();
        Period quarter = Period.quarterOf(today);
        WorkingCalendar calendar = calendars.of(place.countryCode());
        LocalDate first = calendar.isWorkingDay(quarter.from()) ? quarter.from() : calendar.nextWorkingDay(quarter.from());
        if (today.isBefore(first) || today.isAfter(first.plusDays(config.reports().catchUpDays()))) {
            return false;
        }
        return dispatch(place.organisationId(), quarter.previous(), at) == Outcome.SENT;
    }

    /**
     * Sends the organisation's report of the period now, as the schedule would (an administrator
     * after an outage longer than the catch-up days): still once per organisation and period.
     */
    public Outcome mailNow(UUID organisationId, Period period) {
        return QuarkusTransaction.requiringNew().call(() -> dispatch(organisationId, period, now.get()));
    }

    /**
     * Publishes the organisation's report of the period to its focal points unless it was sent, the
     * organisation had nothing in the period, or names no focal point.
     */
    Outcome dispatch(UUID organisationId, Period period, OffsetDateTime at) {
        if (sent(organisationId, period)) {
            return Outcome.ALREADY_SENT;
        }
        OrganisationReport report;
        try {
            report = reports.build(organisationId, period);
        } catch (ProblemException unknown) {
            return Outcome.NOTHING_TO_REPORT;
        }
        if (report.totals().total() + report.totals().cancelled() == 0) {
            return Outcome.NOTHING_TO_REPORT;
        }
        List<ActionPerson> recipients = focalPoints.of(organisationId);
        if (recipients.isEmpty()) {
            LOG.infof("organisation %s names no focal point: its report of %s is not mailed", organisationId,
                    period.label());
            return Outcome.NO_FOCAL_POINTS;
        }
        UUID eventId = UUID.randomUUID();
        int claimed = em.createNativeQuery("insert into report_dispatch (organisation_id, period, sent_at, event_id,"
                        + " recipients) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, organisationId).setParameter(2, period.label()).setParameter(3, at)
                .setParameter(4, eventId).setParameter(5, recipients.size()).executeUpdate();
        if (claimed == 0) {
            return Outcome.ALREADY_SENT; // another replica sent it
        }
        ReportReady ready = ready(report, recipients);
        try {
            events.reportReady(ready);
        } catch (EventTooLargeException tooLarge) {
            events.reportReady(ready.withoutPdf());
        }
        LOG.infof("the report of %s for organisation %s went to %d focal point(s)", period.label(), organisationId,
                recipients.size());
        return Outcome.SENT;
    }

    private boolean sent(UUID organisationId, Period period) {
        return !em.createNativeQuery("select 1 from report_dispatch where organisation_id = ?1 and period = ?2")
                .setParameter(1, organisationId).setParameter(2, period.label()).getResultList().isEmpty();
    }

    private ReportReady ready(OrganisationReport report, List<ActionPerson> recipients) {
        String pdf = null;
        String pdfName = null;
        try {
            pdf = Base64.getEncoder().encodeToString(documents.pdf(report));
            pdfName = "report-" + report.organisation().id() + "-" + report.period().label() + ".pdf";
        } catch (ProblemException noFont) {
            LOG.warnf("the report of %s for %s goes without its PDF: %s", report.period().label(),
                    report.organisation().id(), noFont.getMessage());
        }
        OrganisationReport.Counts t = report.totals();
        OrganisationReport.Counts p = report.previous();
        return new ReportReady(report.organisation().id(), report.organisation().nameAr(), report.organisation().nameEn(),
                report.organisation().countryCode(), report.period().label(), report.period().from(), report.period().to(),
                new ReportReady.Counts(t.onTrack(), t.atRisk(), t.late(), t.done(), t.verified(), t.cancelled()),
                new ReportReady.Counts(p.onTrack(), p.atRisk(), p.late(), p.done(), p.verified(), p.cancelled()),
                report.oldestLate().stream().map(l -> new ReportReady.Late(l.actionId(), l.titleAr(), l.titleEn(),
                        l.ownerAr(), l.ownerEn(), l.dueDate(), l.workingDaysLate())).toList(),
                recipients, documents.html(report), pdf, pdfName);
    }

    /**
     * Every organisation that recorded a decision or owns an action, with its country and time zone
     * (from an official of it in the directory, else from its actions; UTC when neither says).
     */
    @SuppressWarnings("unchecked")
    List<Place> places() {
        List<Object[]> rows = em.createNativeQuery("""
                select o.id,
                       coalesce((select f.country_code from official f where f.organisation_id = o.id limit 1),
                                (select a.owner_country_code from action a where a.owner_organisation_id = o.id
                                 and a.owner_country_code is not null limit 1)),
                       coalesce((select f.time_zone from official f where f.organisation_id = o.id
                                 and f.time_zone is not null limit 1),
                                (select d.time_zone from decision_ref d where d.recorded_by = o.id limit 1))
                from (select recorded_by as id from decision_ref where recorded_by is not null
                      union select owner_organisation_id from action where owner_organisation_id is not null) o
                """).getResultList();
        return rows.stream().map(r -> new Place((UUID) r[0], (String) r[1],
                Zones.valid((String) r[2]).orElse("UTC"))).toList();
    }
}
