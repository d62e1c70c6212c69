package org.mutabaa.actions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
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
     * Pending actions late by {@code overdueBy} (their overdue instant is at or before it) and, when
     * {@code notOverdueBy} is given, not yet late at that instant, that have no {@code kind} reminder
     * for their current due date; most urgent first.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<UUID> awaiting(String kind, OffsetDateTime overdueBy, OffsetDateTime notOverdueBy, int limit) {
        Query query = em.createNativeQuery("select a.id from action a"
                + " where a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and a.overdue_at <= :overdueBy"
                + (notOverdueBy == null ? "" : " and a.overdue_at > :notOverdueBy")
                + " and not exists (select 1 from action_reminder r where r.action_id = a.id"
                + " and r.kind = :kind and r.due_date = a.due_date)"
                + " order by a.overdue_at, a.id limit :limit", UUID.class)
                .setParameter("overdueBy", overdueBy)
                .setParameter("kind", kind)
                .setParameter("limit", limit);
        if (notOverdueBy != null) {
            query.setParameter("notOverdueBy", notOverdueBy);
        }
        return query.getResultList();
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
