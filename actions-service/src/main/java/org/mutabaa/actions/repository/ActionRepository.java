package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Timeouts;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.ActionFilter;
import org.mutabaa.platform.persistence.Filters;
import org.mutabaa.platform.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<Action, UUID> {

    public List<Action> ofDecision(UUID decisionId) {
        return list("decisionId", Sort.by("createdAt").and("id"), decisionId);
    }

    /**
     * Those of the actions that nobody else holds, locked for update until the transaction ends;
     * one held by another transaction (a replica's sweep, an owner's change) is left out, not waited for.
     */
    public List<Action> lockAvailable(List<UUID> ids) {
        return find("id in ?1", Sort.by("id"), ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .list();
    }

    /** Whether a meeting the recording organisation recorded has an action the owning organisation owns. */
    public boolean recordedFor(UUID recordingOrganisation, UUID owningOrganisation) {
        return getEntityManager().createQuery("select count(a) from Action a, DecisionRef d"
                        + " where d.decisionId = a.decisionId and a.owner.organisationId = ?1 and d.recordedBy = ?2",
                        Long.class)
                .setParameter(1, owningOrganisation).setParameter(2, recordingOrganisation).getSingleResult() > 0;
    }

    /**
     * The pending actions owned in a country whose due date is on or after {@code from}, locked for
     * update: those a change of the country's calendar may move.
     */
    public List<Action> pendingDueInCountrySince(String countryCode, java.time.LocalDate from) {
        return find("owner.countryCode = ?1 and dueDate >= ?2 and status in ?3", Sort.by("id"), countryCode, from,
                List.of(Action.Status.OPEN, Action.Status.IN_PROGRESS, Action.Status.BLOCKED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The action, locked for update until the transaction ends: changes to one action queue up. */
    public Optional<Action> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Actions passing the filter that the reader may see (all of them for no reader: an administrator). */
    public PanacheQuery<Action> search(ActionFilter f, Sort sort, Optional<Caller.Reader> reader) {
        boolean overdue = Boolean.TRUE.equals(f.overdue());
        boolean notOverdue = Boolean.FALSE.equals(f.overdue());
        return Filters.where()
                .visibleTo("mutabaa_action_visible", reader)
                .and("owner.officialId = :owner", "owner", f.ownerId())
                .and("owner.organisationId = :organisation", "organisation", f.organisationId())
                .and("owner.countryCode = :country", "country", f.countryCode())
                .and("meetingId = :meeting", "meeting", f.meetingId())
                .and("decisionId = :decision", "decision", f.decisionId())
                .and("status = :status", "status", f.status())
                .andIf(f.verification() == Action.Verification.AWAITING, "status = :done and verifiedAt is null",
                        "done", Action.Status.DONE)
                .andIf(f.verification() == Action.Verification.VERIFIED, "status = :done and verifiedAt is not null",
                        "done", Action.Status.DONE)
                .and("dueDate < :dueBefore", "dueBefore", f.dueBefore())
                .and("dueDate > :dueAfter", "dueAfter", f.dueAfter())
                .andIf(overdue, "overdueAt <= :now and status in :pending",
                        "now", f.now(), "pending", Action.Status.PENDING)
                .andIf(notOverdue, "(overdueAt is null or overdueAt > :now or status not in :pending)",
                        "now", f.now(), "pending", Action.Status.PENDING)
                .and("(owner.officialId = :me or :me member of collaborators)", "me", f.involving())
                .find(this, sort);
    }
}
