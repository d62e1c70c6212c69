package org.mutabaa.actions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.WorkingCalendar;
import org.mutabaa.platform.security.Caller;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up at a glance: actions grouped per meeting, per owning organisation or per owner's
 * country, with counts by status, how many are late, the one late longest, the completion rate
 * (done over all not cancelled) and how many done actions are verified and await verification.
 */
@ApplicationScoped
public class Dashboard {

    /** What the rows are grouped by: the key column and the two label columns. */
    public enum By {
        MEETING("a.meeting_id::text", "d.meeting_title_ar", "d.meeting_title_en"),
        ORGANISATION("a.owner_organisation_id::text", "a.owner_organisation_name_ar", "a.owner_organisation_name_en"),
        COUNTRY("a.owner_country_code", "null", "null");

        final String key;
        final String labelAr;
        final String labelEn;

        By(String key, String labelAr, String labelEn) {
            this.key = key;
            this.labelAr = labelAr;
            this.labelEn = labelEn;
        }
    }

    /**
     * {@code byStatus.DONE} counts every done action; of them, {@code verified} the secretariat
     * accepted and {@code awaitingVerification} it has still to check.
     */
    public record Row(String key, String labelAr, String labelEn, String countryCode, long total,
                      Map<String, Long> byStatus, long overdue, Oldest oldestOverdue, Double completionRate,
                      long awaitingVerification, long verified) {
    }

    /** The action late the longest, and for how many of its owner's working days (the first late day counting as one). */
    public record Oldest(UUID actionId, LocalDate dueDate, long daysOverdue) {
    }

    /** How many of the owner's working days an action due on {@code due} in {@code zone} has been late at {@code at}. */
    static long daysLate(WorkingCalendar calendar, LocalDate due, String zone, OffsetDateTime at) {
        return Math.max(1, WorkingCalendar.Deadlines.of(calendar, due, zone).workingDaysLate(at));
    }

    private static final String[] STATUSES = {"OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"};
    private static final String LATE = "a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and a.overdue_at <= :now";

    private final EntityManager em;
    private final Now now;
    private final Access access;
    private final Calendars calendars;

    public Dashboard(EntityManager em, Now now, Access access, Calendars calendars) {
        this.calendars = calendars;
        this.em = em;
        this.now = now;
        this.access = access;
    }

    @Transactional
    public List<Row> rows(By by, UUID meetingId, UUID organisationId, String countryCode) {
        OffsetDateTime at = now.get();
        // Only the actions the caller may read are counted: a confidential meeting adds nothing to others' figures.
        Optional<Caller.Reader> reader = access.reader();
        StringBuilder where = new StringBuilder(reader.isEmpty() ? " where true"
                : " where mutabaa_action_visible(a.id, :reader, :readerOrganisation, :secretariat)");
        if (meetingId != null) {
            where.append(" and a.meeting_id = :meeting");
        }
        if (organisationId != null) {
            where.append(" and a.owner_organisation_id = :organisation");
        }
        if (countryCode != null) {
            where.append(" and a.owner_country_code = :country");
        }
        StringBuilder counts = new StringBuilder();
        for (String status : STATUSES) {
            counts.append(", count(*) filter (where a.status = '").append(status).append("')");
        }
        String sql = "with grouped as (select " + by.key + " as k, max(" + by.labelAr + ") as label_ar, max("
                + by.labelEn + ") as label_en, min(a.owner_country_code) as country, count(*) as total" + counts
                + ", count(*) filter (where " + LATE + ") as late"
                + ", count(*) filter (where a.status = 'DONE' and a.verified_at is not null) as verified"
                + " from action a join decision_ref d on d.decision_id = a.decision_id" + where
                + " group by " + by.key + "),"
                + " oldest as (select distinct on (" + by.key + ") " + by.key + " as k, a.id, a.due_date, a.overdue_at,"
                + " a.owner_country_code as due_country, a.time_zone"
                + " from action a join decision_ref d on d.decision_id = a.decision_id" + where + " and " + LATE
                + " order by " + by.key + ", a.overdue_at, a.id)"
                + " select g.*, o.id, o.due_date, o.overdue_at, o.due_country, o.time_zone from grouped g left join oldest o"
                + " on o.k is not distinct from g.k order by g.late desc, g.total desc, g.k";
        Query query = em.createNativeQuery(sql).setParameter("now", at);
        reader.ifPresent(r -> query.setParameter("reader", r.officialId())
                .setParameter("readerOrganisation", r.organisationId()).setParameter("secretariat", r.secretariat()));
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (countryCode != null) {
            query.setParameter("country", countryCode);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, WorkingCalendar> byCountry = new HashMap<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (int i = 0; i < STATUSES.length; i++) {
                byStatus.put(STATUSES[i], ((Number) c[5 + i]).longValue());
            }
            long total = ((Number) c[4]).longValue();
            long late = ((Number) c[10]).longValue();
            long verified = ((Number) c[11]).longValue();
            Oldest oldest = null;
            if (c[12] != null) {
                LocalDate due = c[13] instanceof Date d ? d.toLocalDate() : (LocalDate) c[13];
                oldest = new Oldest((UUID) c[12], due,
                        daysLate(calendars.of((String) c[15], byCountry), due, (String) c[16], at));
            }
            long notCancelled = total - byStatus.get("CANCELLED");
            Double rate = notCancelled == 0 ? null
                    : Math.round(byStatus.get("DONE") * 1000.0 / notCancelled) / 1000.0;
            rows.add(new Row((String) c[0], (String) c[1], (String) c[2], (String) c[3], total, byStatus, late,
                    oldest, rate, byStatus.get("DONE") - verified, verified));
        }
        return rows;
    }

    /** Which side of a pair is late: NONE, LEAD, COUNTERPART or BOTH. */
    public enum Late { NONE, LEAD, COUNTERPART, BOTH }

    /** A decision's lead and counterpart side by side, and which of them is late. */
    public record CounterpartPair(UUID decisionId, UUID meetingId, String meetingTitleAr, String meetingTitleEn, String titleAr,
                       String titleEn, PairSide lead, PairSide counterpart, Late late) {
    }

    /** One side of a pair: its action and owner, where it stands, and how many of its owner's working days it is late. */
    public record PairSide(UUID actionId, UUID officialId, String nameAr, String nameEn, String titleAr, String titleEn,
                       String countryCode, String status, String verification, int progress, LocalDate dueDate,
                       boolean overdue, Long daysOverdue) {

        static PairSide of(org.mutabaa.actions.domain.Action a, OffsetDateTime at, WorkingCalendar calendar) {
            boolean late = a.overdue(at);
            return new PairSide(a.id, a.owner.officialId, a.owner.nameAr, a.owner.nameEn, a.owner.titleAr, a.owner.titleEn,
                    a.owner.countryCode, a.status.name(), a.verification() == null ? null : a.verification().name(),
                    a.progress, a.dueDate, late, late ? daysLate(calendar, a.dueDate, a.timeZone, at) : null);
        }
    }

    /**
     * The pairs of lead and counterpart actions the caller may read (through the lead's action), of a
     * meeting or with a side of a country when asked: late ones first, then by the lead's due date.
     */
    @Transactional
    public List<CounterpartPair> pairs(UUID meetingId, String countryCode) {
        OffsetDateTime at = now.get();
        Optional<Caller.Reader> reader = access.reader();
        StringBuilder sql = new StringBuilder("select l.id, c.id from action l join action c on c.id = l.counterpart_action_id"
                + " where l.pair_side = 'LEAD'");
        if (reader.isPresent()) {
            sql.append(" and mutabaa_action_visible(l.id, :reader, :readerOrganisation, :secretariat)");
        }
        if (meetingId != null) {
            sql.append(" and l.meeting_id = :meeting");
        }
        if (countryCode != null) {
            sql.append(" and (l.owner_country_code = :country or c.owner_country_code = :country)");
        }
        sql.append(" order by (l.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and l.overdue_at <= :now"
                + " or c.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and c.overdue_at <= :now) desc,"
                + " l.due_date nulls last, l.created_at, l.id limit 500");
        Query query = em.createNativeQuery(sql.toString()).setParameter("now", at);
        reader.ifPresent(r -> query.setParameter("reader", r.officialId())
                .setParameter("readerOrganisation", r.organisationId()).setParameter("secretariat", r.secretariat()));
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        if (countryCode != null) {
            query.setParameter("country", countryCode);
        }
        List<UUID[]> ids = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            ids.add(new UUID[] {(UUID) c[0], (UUID) c[1]});
            all.add((UUID) c[0]);
            all.add((UUID) c[1]);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Map<UUID, org.mutabaa.actions.domain.Action> byId = new java.util.HashMap<>();
        em.createQuery("from Action where id in :ids", org.mutabaa.actions.domain.Action.class)
                .setParameter("ids", all).getResultList().forEach(a -> byId.put(a.id, a));
        Map<UUID, Object[]> titles = new java.util.HashMap<>();
        for (Object r : em.createNativeQuery("select decision_id, meeting_title_ar, meeting_title_en from decision_ref"
                + " where decision_id in (:ids)").setParameter("ids", ids.stream()
                .map(p -> byId.get(p[0]).decisionId).distinct().toList()).getResultList()) {
            Object[] c = (Object[]) r;
            titles.put((UUID) c[0], c);
        }
        List<CounterpartPair> pairs = new ArrayList<>();
        Map<String, WorkingCalendar> byCountry = new HashMap<>();
        for (UUID[] p : ids) {
            org.mutabaa.actions.domain.Action lead = byId.get(p[0]);
            org.mutabaa.actions.domain.Action other = byId.get(p[1]);
            PairSide l = PairSide.of(lead, at, calendars.of(lead.owner.countryCode, byCountry));
            PairSide c = PairSide.of(other, at, calendars.of(other.owner.countryCode, byCountry));
            Late late = l.overdue() ? (c.overdue() ? Late.BOTH : Late.LEAD) : c.overdue() ? Late.COUNTERPART : Late.NONE;
            Object[] t = titles.getOrDefault(lead.decisionId, new Object[3]);
            pairs.add(new CounterpartPair(lead.decisionId, lead.meetingId, (String) t[1], (String) t[2], lead.titleAr,
                    lead.titleEn, l, c, late));
        }
        return pairs;
    }
}
