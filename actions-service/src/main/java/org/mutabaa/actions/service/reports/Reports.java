package org.mutabaa.actions.service.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.HistoryRepository;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.reports.OrganisationReport.ActionItem;
import org.mutabaa.actions.service.reports.OrganisationReport.Counts;
import org.mutabaa.actions.service.reports.OrganisationReport.DecisionItem;
import org.mutabaa.actions.service.reports.OrganisationReport.Group;
import org.mutabaa.actions.service.reports.OrganisationReport.LateItem;
import org.mutabaa.actions.service.reports.OrganisationReport.State;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.WorkingCalendar;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds an organisation's periodic report (docs/decisions/0035). Each action's state is read from its
 * history as it stood at the end of the period, so that a report of a past quarter says what was true
 * then. An action is at risk when it is due within the due-soon lead (working days) and its progress
 * is below the share of its time that has passed.
 */
@ApplicationScoped
public class Reports {

    private final ActionRepository actions;
    private final DecisionRefRepository decisions;
    private final HistoryRepository history;
    private final OfficialRepository officials;
    private final Calendars calendars;
    private final Access access;
    private final ActionsConfig config;
    private final Now now;

    public Reports(ActionRepository actions, DecisionRefRepository decisions, HistoryRepository history,
                   OfficialRepository officials, Calendars calendars, Access access, ActionsConfig config, Now now) {
        this.actions = actions;
        this.decisions = decisions;
        this.history = history;
        this.officials = officials;
        this.calendars = calendars;
        this.access = access;
        this.config = config;
        this.now = now;
    }

    /** The report the caller asks for: the organisation's own secretariat, or an administrator. */
    @Transactional
    public OrganisationReport read(UUID organisationId, Period period) {
        access.requireMayReport(organisationId);
        return build(organisationId, period);
    }

    /** The report, for whoever is entitled to it (the quarterly mail). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrganisationReport build(UUID organisationId, Period period) {
        OffsetDateTime generatedAt = now.get();
        OffsetDateTime asOf = end(period, generatedAt);
        Period previousPeriod = period.previous();
        OffsetDateTime previousAsOf = end(previousPeriod, generatedAt);

        List<Action> all = actions.list("(owner.organisationId = ?1 or decisionId in (select d.decisionId from"
                + " DecisionRef d where d.recordedBy = ?1)) and createdAt < ?2", organisationId, asOf);
        OrganisationReport.Organisation organisation = organisation(organisationId, all);
        if (organisation == null) {
            throw ProblemException.notFound("organisation", organisationId);
        }
        Map<UUID, DecisionRef> decisionById = decisions.list("decisionId in ?1",
                        all.stream().map(a -> a.decisionId).distinct().toList()).stream()
                .collect(Collectors.toMap(d -> d.decisionId, Function.identity()));
        Map<UUID, List<HistoryEntry>> changes = history.standingChanges(all.stream().map(a -> a.id).toList(), asOf)
                .stream().collect(Collectors.groupingBy(e -> e.actionId, LinkedHashMap::new, Collectors.toList()));
        Map<String, WorkingCalendar> byCountry = calendars.of(all.stream().map(a -> a.owner.countryCode)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        OffsetDateTime periodStart = period.from().atStartOfDay().atOffset(ZoneOffset.UTC);

        Counts totals = Counts.NONE;
        Counts previous = Counts.NONE;
        Map<String, Group> byMeeting = new LinkedHashMap<>();
        Map<String, Group> byOwnerCountry = new LinkedHashMap<>();
        List<LateItem> late = new ArrayList<>();
        Map<UUID, List<ActionItem>> itemsByDecision = new LinkedHashMap<>();
        for (Action a : all) {
            List<HistoryEntry> its = changes.getOrDefault(a.id, List.of());
            Standing atStart = standing(a, its, periodStart);
            if (atStart.closed() && a.createdAt.isBefore(periodStart)) {
                continue; // closed before the period began: not part of it
            }
            Standing atEnd = standing(a, its, asOf);
            State state = state(a, atEnd, asOf);
            totals = totals.plus(state);
            if (a.createdAt.isBefore(previousAsOf)) {
                OffsetDateTime previousStart = previousPeriod.from().atStartOfDay().atOffset(ZoneOffset.UTC);
                boolean closedBefore = a.createdAt.isBefore(previousStart) && standing(a, its, previousStart).closed();
                if (!closedBefore) {
                    previous = previous.plus(state(a, standing(a, its, previousAsOf), previousAsOf));
                }
            }
            DecisionRef d = decisionById.get(a.decisionId);
            String meetingKey = String.valueOf(a.meetingId);
            byMeeting.merge(meetingKey, new Group(meetingKey, d == null ? null : d.meetingTitleAr,
                            d == null ? null : d.meetingTitleEn, Counts.NONE.plus(state)),
                    (x, y) -> new Group(x.key(), x.labelAr(), x.labelEn(), x.counts().plus(state)));
            String country = a.owner.countryCode == null ? "" : a.owner.countryCode;
            byOwnerCountry.merge(country, new Group(country, null, null, Counts.NONE.plus(state)),
                    (x, y) -> new Group(x.key(), null, null, x.counts().plus(state)));
            if (state == State.LATE && a.dueDate != null) {
                WorkingCalendar calendar = calendars.of(a.owner.countryCode, byCountry);
                long days = Math.max(1, WorkingCalendar.Deadlines.of(calendar, a.dueDate, a.timeZone).workingDaysLate(asOf));
                late.add(new LateItem(a.id, a.titleAr, a.titleEn, ownerAr(a), ownerEn(a), a.owner.countryCode,
                        a.dueDate, days));
            }
            itemsByDecision.computeIfAbsent(a.decisionId, k -> new ArrayList<>()).add(new ActionItem(a.id, a.titleAr,
                    a.titleEn, ownerAr(a), ownerEn(a), a.owner.countryCode, a.dueDate, state, atEnd.progress()));
        }
        List<DecisionItem> decisionItems = itemsByDecision.entrySet().stream().map(e -> {
            DecisionRef d = decisionById.get(e.getKey());
            return new DecisionItem(e.getKey(), d == null ? null : d.textAr, d == null ? null : d.textEn,
                    d == null ? null : d.meetingId, d == null ? null : d.meetingTitleAr,
                    d == null ? null : d.meetingTitleEn, e.getValue());
        }).toList();
        List<LateItem> oldest = late.stream().sorted(Comparator.comparingLong(LateItem::workingDaysLate).reversed()
                .thenComparing(LateItem::dueDate).thenComparing(i -> i.actionId().toString())).limit(5).toList();
        return new OrganisationReport(organisation, period, previousPeriod, asOf, generatedAt,
                (int) config.reminders().dueSoonLead().toDays(), totals, previous, List.copyOf(byMeeting.values()),
                byOwnerCountry.values().stream().sorted(Comparator.comparing(Group::key)).toList(), oldest,
                decisionItems);
    }

    /** The end of the period, or now while it lasts. */
    static OffsetDateTime end(Period period, OffsetDateTime now) {
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return end.isAfter(now) ? now : end;
    }

    /** Where an action stood at a moment: its status, progress and whether it was verified. */
    record Standing(Action.Status status, int progress, boolean verified) {
        boolean closed() {
            return status == Action.Status.CANCELLED || status == Action.Status.DONE && verified;
        }
    }

    /** The action as its history says it stood just before {@code at}. */
    static Standing standing(Action a, List<HistoryEntry> changes, OffsetDateTime at) {
        Action.Status status = Action.Status.OPEN;
        int progress = 0;
        boolean verified = false;
        boolean any = false;
        for (HistoryEntry e : changes) {
            if (!e.at.isBefore(at)) {
                break;
            }
            any = true;
            switch (e.change) {
                case STATUS, RETURNED -> {
                    status = Action.Status.valueOf(e.newValue);
                    verified = verified && status == Action.Status.DONE;
                }
                case PROGRESS -> progress = Integer.parseInt(e.newValue);
                case VERIFIED -> verified = true;
                default -> {
                }
            }
        }
        if (!any && a.updatedAt != null && a.updatedAt.isBefore(at)) {
            // Nothing recorded before then (an action older than its history): as it stands now.
            return new Standing(a.status, a.progress, a.verification() == Action.Verification.VERIFIED);
        }
        return new Standing(status, progress, verified);
    }

    /**
     * On track, at risk, late, done or verified: late from its first late instant; at risk from its
     * due-soon instant when its progress is below the share of its time from creation to lateness.
     */
    static State state(Action a, Standing s, OffsetDateTime at) {
        if (s.status() == Action.Status.CANCELLED) {
            return State.CANCELLED;
        }
        if (s.status() == Action.Status.DONE) {
            return s.verified() ? State.VERIFIED : State.DONE;
        }
        if (a.overdueAt != null && !a.overdueAt.isAfter(at)) {
            return State.LATE;
        }
        if (a.dueSoonAt != null && !a.dueSoonAt.isAfter(at) && a.overdueAt != null) {
            double span = Duration.between(a.createdAt, a.overdueAt).toMinutes();
            double passed = Duration.between(a.createdAt, at).toMinutes();
            double expected = span <= 0 ? 100 : 100 * passed / span;
            if (s.progress() < expected) {
                return State.AT_RISK;
            }
        }
        return State.ON_TRACK;
    }

    private OrganisationReport.Organisation organisation(UUID id, List<Action> all) {
        Official anyone = officials.find("organisationId", id).<Official>firstResultOptional().orElse(null);
        if (anyone != null) {
            return new OrganisationReport.Organisation(id, anyone.organisationNameAr, anyone.organisationNameEn,
                    anyone.countryCode);
        }
        return all.stream().filter(a -> id.equals(a.owner.organisationId)).findFirst()
                .map(a -> new OrganisationReport.Organisation(id, a.owner.organisationNameAr, a.owner.organisationNameEn,
                        a.owner.countryCode)).orElse(null);
    }

    private static String ownerAr(Action a) {
        return a.owner.isOrganisation() ? a.owner.organisationNameAr : first(a.owner.nameAr, a.owner.titleAr, a.owner.nameEn);
    }

    private static String ownerEn(Action a) {
        return a.owner.isOrganisation() ? first(a.owner.organisationNameEn, a.owner.organisationNameAr)
                : first(a.owner.nameEn, a.owner.titleEn, a.owner.nameAr);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
