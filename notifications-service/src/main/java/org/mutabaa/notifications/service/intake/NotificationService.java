package org.mutabaa.notifications.service.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Notification.Reason;
import org.mutabaa.notifications.domain.Official;
import org.mutabaa.notifications.domain.Recipient;
import org.mutabaa.notifications.events.ActionEvent;
import org.mutabaa.notifications.events.DecisionEvent;
import org.mutabaa.notifications.events.Person;
import org.mutabaa.notifications.events.ReportEvent;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.jboss.logging.Logger;
import org.mutabaa.notifications.service.Directory;
import org.mutabaa.notifications.service.planning.DeliveryPlanner;
import org.mutabaa.notifications.service.rendering.Labels;
import org.mutabaa.notifications.service.rendering.MessageRenderer;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.tracing.Traces;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.WorkingCalendar;
import org.mutabaa.platform.time.ReadableDates;
import org.mutabaa.platform.time.Zones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides who is told of an event, renders one notification per official in their language and
 * time zone, and plans its deliveries, all in the transaction in which the inbox records the
 * event as processed: a redelivered event tells nobody twice. A confidential meeting's text never goes
 * into a message, only a reference and a link.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final MessageRenderer renderer;
    private final Directory directory;
    private final DeliveryPlanner planner;
    private final NotificationsConfig config;
    private final Now now;

    public NotificationService(NotificationRepository notifications, MessageRenderer renderer, Directory directory,
                               DeliveryPlanner planner, NotificationsConfig config, Now now) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.directory = directory;
        this.planner = planner;
        this.config = config;
        this.now = now;
    }

    /** A decision adopted, amended or revoked: its owners and the heads of both delegations, owners first. */
    @Transactional
    public List<Notification> decision(UUID eventId, EventKind kind, DecisionEvent d) {
        if (d.decisionId() == null || d.meeting() == null || d.meeting().id() == null) {
            throw new InvalidEventException(kind.type + " " + eventId + " lacks decisionId or meeting", null);
        }
        Map<UUID, Recipient> recipients = new LinkedHashMap<>();
        add(recipients, d.owners(), Reason.OWNER, d.meeting().timeZone());
        add(recipients, heads(d.participants()), Reason.HEAD_OF_DELEGATION, d.meeting().timeZone());
        boolean confidential = "CONFIDENTIAL".equals(d.meeting().classification());
        String link = config.consoleUrl() + "/decisions/" + d.decisionId();
        List<Notification> told = new ArrayList<>();
        for (Recipient r : recipients.values()) {
            boolean ar = "ar".equals(r.language());
            ReadableDates dates = dates(r);
            Map<String, Object> data = common(r, d.decisionId(), link);
            data.put("owner", r.reason() == Reason.OWNER);
            // A confidential meeting is named by nothing but the reference and the link.
            data.put("meeting", confidential ? null : pick(ar, d.meeting().titleAr(), d.meeting().titleEn()));
            data.put("startsAt", confidential ? null : dates.dateTime(d.meeting().startsAt()));
            data.put("text", confidential ? null : pick(ar, d.textAr(), d.textEn()));
            data.put("due", dates.date(d.dueDate()));
            data.put("dueInWorkingDays", d.dueInWorkingDays() == null ? null : WorkingCalendar.within(d.dueInWorkingDays(), ar));
            data.put("changes", d.changes() == null ? null : d.changes().stream()
                    .map(c -> Labels.field(c.field(), ar)).distinct().collect(Collectors.joining(ar ? "، " : ", ")));
            data.put("reason", confidential ? null : d.reason());
            Notification n = store(eventId, kind, r, data, link);
            n.meetingId = d.meeting().id();
            n.decisionId = d.decisionId();
            told.add(n);
        }
        LOG.infof("%s %s: told %d official(s)", kind.type, eventId, told.size());
        return told;
    }

    /**
     * An action event: created → its owner; reassigned → the new and the previous owner; status
     * changed and verified → the decision's owners and the action's; due soon, overdue, status check and
     * returned → the owner; escalated → the people the escalation level reaches. An organisation that
     * owns an action is told through its focal points; a DONE also goes to the recording secretariat's
     * focal points, who verify it.
     */
    @Transactional
    public List<Notification> action(UUID eventId, EventKind kind, ActionEvent a) {
        if (a.actionId() == null || a.owner() == null
                || (a.owner().officialId() == null && a.owner().organisationId() == null)) {
            throw new InvalidEventException(kind.type + " " + eventId + " lacks actionId or owner", null);
        }
        Map<UUID, Recipient> recipients = new LinkedHashMap<>();
        switch (kind) {
            case ACTION_REASSIGNED -> {
                add(recipients, List.of(a.owner()), Reason.OWNER, a.timeZone());
                add(recipients, a.previousOwner() == null ? List.of() : List.of(a.previousOwner()),
                        Reason.PREVIOUS_OWNER, a.timeZone());
            }
            case ACTION_STATUS_CHANGED, ACTION_VERIFIED -> {
                add(recipients, a.decisionOwners(), Reason.DECISION_OWNER, a.timeZone());
                add(recipients, List.of(a.owner()), Reason.OWNER, a.timeZone());
            }
            case ACTION_ESCALATED -> {
                add(recipients, a.escalatedTo() == null ? List.of() : List.of(a.escalatedTo()), Reason.ESCALATION,
                        a.timeZone());
                add(recipients, a.alsoEscalatedTo(), Reason.ESCALATION, a.timeZone());
            }
            default -> add(recipients, List.of(a.owner()), Reason.OWNER, a.timeZone());
        }
        // An organisation's action (no person yet) is told to its focal points; a DONE to the recording
        // secretariat's focal points, who verify it.
        add(recipients, a.focalPoints(), Reason.FOCAL_POINT, a.timeZone());
        if (kind == EventKind.ACTION_STATUS_CHANGED) {
            add(recipients, a.verifiers(), Reason.VERIFIER, a.timeZone());
        }
        boolean confidential = "CONFIDENTIAL".equals(a.classification());
        String link = config.consoleUrl() + "/actions/" + a.actionId();
        Map<UUID, Person> linked = linked(a.focalPoints());
        List<Notification> told = new ArrayList<>();
        for (Recipient r : recipients.values()) {
            boolean ar = "ar".equals(r.language());
            ReadableDates dates = dates(r);
            // A focal point by address, or an owner, with no account gets the signed link to this action's page instead.
            Person withLink = r.byAddress() && r.reason() == Reason.FOCAL_POINT ? linked.get(r.officialId())
                    : r.reason() == Reason.OWNER && a.owner().link() != null && a.owner().linkExpiresAt() != null
                    && r.officialId().equals(a.owner().officialId()) ? a.owner() : null;
            String their = withLink == null ? link : config.consoleUrl() + Notification.SIGNED_LINK + withLink.link();
            Map<String, Object> data = common(r, a.actionId(), their);
            data.put("linkUntil", withLink == null ? null : dates.dateTime(withLink.linkExpiresAt()));
            data.put("title", confidential ? null : pick(ar, a.titleAr(), a.titleEn()));
            data.put("due", dates.date(a.dueDate()));
            data.put("dueDay", dates.gregorian(a.dueDate()));
            data.put("overdueAt", dates.dateTime(a.overdueAt()));
            data.put("ownerName", name(a.owner(), ar));
            data.put("previousOwnerName", a.previousOwner() == null ? null : name(a.previousOwner(), ar));
            data.put("newOwner", r.reason() == Reason.OWNER);
            data.put("reason", confidential ? null : a.reason());
            data.put("from", a.previousStatus() == null ? null : Labels.status(a.previousStatus(), ar));
            data.put("to", a.status() == null ? null : Labels.status(a.status(), ar));
            data.put("progress", a.progress());
            data.put("everyDays", a.everyDays());
            data.put("lastUpdate", dates.dateTime(a.lastUpdateAt()));
            data.put("completedAt", dates.dateTime(a.completedAt()));
            data.put("awaitingVerification", kind == EventKind.ACTION_STATUS_CHANGED && "DONE".equals(a.status()));
            data.put("focalPoint", r.reason() == Reason.FOCAL_POINT);
            data.put("verifier", r.reason() == Reason.VERIFIER);
            data.put("level", a.level());
            data.put("toSecretariat", "RECORDING_SECRETARIAT".equals(a.escalationTarget()));
            data.put("toOfficial", "OFFICIAL".equals(a.escalationTarget()));
            Notification n = store(eventId, kind, r, data, their);
            n.meetingId = a.meetingId();
            n.decisionId = a.decisionId();
            n.actionId = a.actionId();
            told.add(n);
        }
        LOG.infof("%s %s: told %d official(s)", kind.type, eventId, told.size());
        return told;
    }

    /**
     * An organisation's quarterly report: each of its focal points (officials, and addresses of people
     * outside the directory) is mailed the report page as the body and its PDF attached, with a note in
     * their language; the inbox keeps the note and a link to the report in the console.
     */
    @Transactional
    public List<Notification> report(UUID eventId, ReportEvent report) {
        if (report.organisationId() == null || report.period() == null || report.html() == null) {
            throw new InvalidEventException(EventKind.REPORT_READY.type + " " + eventId
                    + " lacks organisationId, period or html", null);
        }
        Map<UUID, Recipient> recipients = new LinkedHashMap<>();
        add(recipients, report.recipients(), Reason.FOCAL_POINT, "UTC");
        String link = config.consoleUrl() + "/#/reports/" + report.organisationId() + "/" + report.period();
        byte[] pdf = report.pdf() == null ? null : java.util.Base64.getDecoder().decode(report.pdf());
        List<Notification> told = new ArrayList<>();
        for (Recipient r : recipients.values()) {
            boolean ar = "ar".equals(r.language());
            Map<String, Object> data = common(r, report.organisationId(), link);
            data.put("organisation", pick(ar, report.organisationNameAr(), report.organisationNameEn()));
            data.put("quarter", Labels.quarter(report.period(), ar));
            ReportEvent.Counts t = report.totals();
            ReportEvent.Counts p = report.previous();
            data.put("onTrack", t.onTrack());
            data.put("atRisk", t.atRisk());
            data.put("late", t.late());
            data.put("done", t.done());
            data.put("verified", t.verified());
            data.put("lateBefore", p.late());
            data.put("oldest", report.oldestLate() == null || report.oldestLate().isEmpty() ? null
                    : report.oldestLate().stream().map(l -> "- " + pick(ar, l.titleAr(), l.titleEn()) + " — "
                    + pick(ar, l.ownerAr(), l.ownerEn()) + (ar ? " (" + l.workingDaysLate() + " يوم عمل)"
                    : " (" + l.workingDaysLate() + " working days)")).collect(Collectors.joining("\n")));
            data.put("attached", pdf != null);
            Notification n = store(eventId, EventKind.REPORT_READY, r, data, link);
            n.htmlBody = report.html();
            n.attachment = pdf;
            n.attachmentName = pdf == null ? null : report.pdfName();
            told.add(n);
        }
        LOG.infof("%s %s: told %d focal point(s)", EventKind.REPORT_READY.type, eventId, told.size());
        return told;
    }

    /** The focal points named by address that carry a signed link, by recipient id. */
    private static Map<UUID, Person> linked(List<Person> focalPoints) {
        Map<UUID, Person> linked = new HashMap<>();
        if (focalPoints != null) {
            focalPoints.stream().filter(p -> p != null && p.officialId() == null && p.email() != null
                            && !p.email().isBlank() && p.link() != null && p.linkExpiresAt() != null)
                    .forEach(p -> linked.put(Recipient.addressId(p.email()), p));
        }
        return linked;
    }

    private Map<String, Object> common(Recipient r, UUID reference, String link) {
        Map<String, Object> data = new HashMap<>();
        data.put("linkUntil", null);
        data.put("recipient", r.salutation());
        data.put("reference", reference.toString());
        data.put("link", link);
        return data;
    }

    private Notification store(UUID eventId, EventKind kind, Recipient r, Map<String, Object> data, String link) {
        MessageRenderer.Message message = renderer.render(kind.template, r.language(), data);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = eventId;
        n.eventType = kind.type;
        n.recipientId = r.officialId();
        n.reason = r.reason();
        n.language = r.language();
        n.subject = message.subject();
        n.body = message.body();
        n.link = link;
        n.urgent = kind.urgent();
        n.recipientTimeZone = r.timeZone();
        n.recipientAddress = r.byAddress() ? r.email() : null;
        n.createdAt = now.get();
        n.traceId = Traces.currentTraceId();
        planner.store(n, kind, r);
        return n;
    }

    /** Adds each official once (an official who is owner and head is told as owner). */
    private void add(Map<UUID, Recipient> recipients, List<Person> people, Reason reason, String fallbackZone) {
        if (people == null) {
            return;
        }
        for (Person p : people) {
            if (p != null && p.officialId() == null && p.email() != null && !p.email().isBlank()
                    && (reason == Reason.FOCAL_POINT || reason == Reason.VERIFIER)) {
                // A focal point outside the directory: by mail at its address, in its language.
                Recipient r = Recipient.atAddress(p.email(), p.preferredLanguage(), p.nameAr(), p.nameEn(), reason,
                        Zones.valid(fallbackZone).orElse("UTC"), p.organisationId(), p.countryCode());
                recipients.putIfAbsent(r.officialId(), r);
                continue;
            }
            if (p == null || p.officialId() == null || recipients.containsKey(p.officialId())) {
                continue;
            }
            Official known = directory.find(p.officialId()).orElse(null);
            String zone = Zones.valid(known != null ? known.timeZone : null)
                    .or(() -> Zones.valid(p.timeZone()))
                    .or(() -> Zones.valid(fallbackZone)).orElse("UTC");
            recipients.put(p.officialId(), known != null
                    ? new Recipient(p.officialId(), Recipient.language(known.preferredLanguage),
                            first(known.nameAr, p.nameAr()), first(known.nameEn, p.nameEn()),
                            first(known.titleAr, p.titleAr()), first(known.titleEn, p.titleEn()), reason, zone,
                            known.organisationId, first(known.countryCode, p.countryCode()),
                            known.active ? known.email : null, false)
                    : new Recipient(p.officialId(), Recipient.language(p.preferredLanguage()), p.nameAr(),
                            p.nameEn(), p.titleAr(), p.titleEn(), reason, zone, p.organisationId(), p.countryCode(),
                            null, false));
        }
    }

    private static List<Person> heads(List<Person> participants) {
        return participants == null ? List.of()
                : participants.stream().filter(p -> "HEAD".equals(p.role())).toList();
    }

    /** Dates as the recipient reads them: their language, country's month names, zone, both calendars, digits. */
    private ReadableDates dates(Recipient r) {
        return ReadableDates.forReader(r.language(), r.countryCode(), r.timeZone(),
                planner.preference(r.officialId()).digits);
    }

    /** A person or organisation named in the reader's language, else the other. */
    private static String name(Person p, boolean ar) {
        return ar ? Recipient.first(p.nameAr(), p.nameEn(), p.titleAr(), p.titleEn(), p.organisationNameAr(),
                p.organisationNameEn())
                : Recipient.first(p.nameEn(), p.nameAr(), p.titleEn(), p.titleAr(), p.organisationNameEn(),
                p.organisationNameAr());
    }

    private static String first(String known, String fromEvent) {
        return known != null && !known.isBlank() ? known : fromEvent;
    }

    /** The text in the reader's language, else in the other one. */
    private static String pick(boolean arabic, String ar, String en) {
        String preferred = arabic ? ar : en;
        return preferred != null && !preferred.isBlank() ? preferred : arabic ? en : ar;
    }
}
