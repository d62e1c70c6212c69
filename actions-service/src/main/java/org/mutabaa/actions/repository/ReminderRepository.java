package org.mutabaa.actions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.mutabaa.actions.domain.EscalationLevel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The reminders fired (table {@code action_reminder}): at most one per action, kind and due date. */
@ApplicationScoped
public class ReminderRepository {

    private final EntityManager em;

    public ReminderRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Pending actions that reached the {@code kind} threshold at {@code at} and have no {@code kind}
     * reminder for their current due date, leaving out {@code skip}; most urgent first. DUE_SOON: due soon and not yet late;
     * OVERDUE: late.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<UUID> awaiting(String kind, OffsetDateTime at, Collection<UUID> skip, int limit) {
        String reached = "DUE_SOON".equals(kind) ? "a.due_soon_at <= :at and a.overdue_at > :at" : "a.overdue_at <= :at";
        Query query = em.createNativeQuery("select a.id from action a"
                + " where a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and " + reached
                + " and not exists (select 1 from action_reminder r where r.action_id = a.id"
                + " and r.kind = :kind and r.due_date = a.due_date)" + skipping(skip)
                + " order by a.overdue_at, a.id limit :limit", UUID.class)
                .setParameter("at", at)
                .setParameter("kind", kind)
                .setParameter("limit", limit);
        return skip(query, skip).getResultList();
    }

    /** The clause that leaves out the actions a pass has already looked at and could not fire. */
    private static String skipping(Collection<UUID> skip) {
        return skip.isEmpty() ? "" : " and a.id not in (:skip)";
    }

    private static Query skip(Query query, Collection<UUID> skip) {
        return skip.isEmpty() ? query : query.setParameter("skip", skip);
    }

    /**
     * Pending actions that may have reached level {@code level} (1-based) of their meeting's escalation
     * chain and have not fired it for their current due date, leaving out those already looked at;
     * most urgent first. A meeting without a chosen chain follows the default, whose level is
     * {@code defaultAfter} late (null: it has none). The level's days are counted here as calendar
     * days, never more than the owner's working days: the caller checks each with its calendar.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<UUID> awaitingEscalation(int level, OffsetDateTime now, Duration defaultAfter, Collection<UUID> skip,
                                         int limit) {
        Query query = em.createNativeQuery("select a.id from action a"
                        + " left join meeting_follow_up m on m.meeting_id = a.meeting_id"
                        + " left join meeting_escalation_level e on e.meeting_id = a.meeting_id and m.escalation_chosen"
                        + " and e.position = :position"
                        + " where a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and a.overdue_at is not null"
                        + " and (a.overdue_at <= cast(:now as timestamptz) - make_interval(days => e.after_days)"
                        + (defaultAfter == null ? ")" : " or (coalesce(m.escalation_chosen, false) = false"
                        + " and a.overdue_at <= cast(:now as timestamptz) - make_interval(secs => :defaultSeconds)))")
                        + " and not exists (select 1 from action_reminder r where r.action_id = a.id"
                        + " and r.kind = :kind and r.due_date = a.due_date)"
                        + skipping(skip)
                        + " order by a.overdue_at, a.id limit :limit", UUID.class)
                .setParameter("now", now)
                .setParameter("position", level - 1)
                .setParameter("kind", EscalationLevel.reminderKind(level))
                .setParameter("limit", limit);
        if (defaultAfter != null) {
            query.setParameter("defaultSeconds", (double) defaultAfter.toSeconds());
        }
        skip(query, skip);
        return query.getResultList();
    }

    /**
     * Pending actions without a due date whose last sign of life (creation, the last status check or
     * the last progress report) is at least their meeting's status-check period ago (or
     * {@code defaultDays} where the meeting has none); oldest first.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<UUID> awaitingStatusCheck(OffsetDateTime now, int defaultDays, Collection<UUID> skip, int limit) {
        return skip(em.createNativeQuery("select a.id from action a"
                        + " left join meeting_follow_up m on m.meeting_id = a.meeting_id"
                        + " where a.due_date is null and a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')"
                        + " and greatest(a.created_at,"
                        + " (select max(r.fired_at) from action_reminder r where r.action_id = a.id"
                        + " and r.kind = 'STATUS_CHECK'),"
                        + " (select max(p.created_at) from action_progress p where p.action_id = a.id))"
                        + " <= cast(:now as timestamptz) - make_interval(days => coalesce(m.status_check_days, :defaultDays))"
                        + skipping(skip) + " order by a.created_at, a.id limit :limit", UUID.class)
                .setParameter("now", now)
                .setParameter("defaultDays", defaultDays)
                .setParameter("limit", limit), skip)
                .getResultList();
    }

    /** When the action's last reminder of this kind was fired, if ever. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OffsetDateTime> lastFired(UUID actionId, String kind) {
        return Optional.ofNullable((OffsetDateTime) em.createNativeQuery("select max(r.fired_at) from action_reminder r"
                        + " where r.action_id = ?1 and r.kind = ?2", OffsetDateTime.class)
                .setParameter(1, actionId).setParameter(2, kind).getSingleResult());
    }

    /**
     * Claims the reminders of these actions (each for its due date) in one statement; returns the
     * actions whose reminder was not fired before. Plain JDBC: the session is not flushed for it
     * (a native query through Hibernate flushes everything the transaction holds, each time).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> claimAll(List<UUID> actionIds, List<LocalDate> dueDates, String kind, OffsetDateTime at) {
        if (actionIds.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> claimed = new HashSet<>();
            try (PreparedStatement s = connection.prepareStatement("insert into action_reminder"
                    + " (action_id, kind, due_date, fired_at) select a, ?, d, ? from unnest(?::uuid[], ?::date[]) as c(a, d)"
                    + " on conflict do nothing returning action_id")) {
                s.setString(1, kind);
                s.setObject(2, at);
                s.setArray(3, connection.createArrayOf("uuid", actionIds.toArray()));
                s.setArray(4, connection.createArrayOf("text", dueDates.stream().map(LocalDate::toString).toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return claimed;
        });
    }
}
