package org.mutabaa.actions.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.messaging.ActionEvents;
import org.mutabaa.actions.messaging.DecisionAdopted;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.inbox.ProcessedEvents;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.persistence.Timestamps;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns adopted decisions into tracked actions, one per owner. */
@ApplicationScoped
public class ActionService {

    private static final Logger LOG = Logger.getLogger(ActionService.class);

    private final ActionRepository actions;
    private final ProcessedEvents processed;
    private final ActionEvents events;

    public ActionService(ActionRepository actions, ProcessedEvents processed, ActionEvents events) {
        this.actions = actions;
        this.processed = processed;
        this.events = events;
    }

    /**
     * Creates one action per owner of the decision and, in the same transaction, records the
     * event as processed and writes an ActionCreated per action to the outbox. A redelivered
     * event creates nothing.
     */
    @Transactional
    public List<Action> createForDecision(UUID eventId, DecisionAdopted decision) {
        if (decision.decisionId() == null || decision.meeting() == null || decision.owners() == null) {
            throw new InvalidEventException("DecisionAdopted " + eventId + " lacks decisionId, meeting or owners", null);
        }
        if (hasAny(decision.organisationOwners()) || hasAny(decision.actionItems())) {
            // Not silently half-applied: the whole event waits on the dead-letter topic.
            throw new InvalidEventException("DecisionAdopted " + eventId + " has organisation owners or action items,"
                    + " which this version does not turn into actions yet", null);
        }
        if (decision.owners().isEmpty()) {
            throw new InvalidEventException("DecisionAdopted " + eventId + " has no owner", null);
        }
        if (!processed.firstTime(eventId, DecisionAdopted.TYPE)) {
            LOG.debugf("DecisionAdopted %s already processed", eventId);
            return List.of();
        }
        OffsetDateTime now = Timestamps.now();
        List<Action> created = new ArrayList<>();
        for (DecisionAdopted.Person person : decision.owners()) {
            if (actions.exists(decision.decisionId(), person.officialId())) {
                continue; // the same decision adopted under another event id: still one action per owner
            }
            Action action = new Action();
            action.id = UUID.randomUUID();
            action.decisionId = decision.decisionId();
            action.meetingId = decision.meeting().id();
            action.titleAr = decision.textAr();
            action.titleEn = decision.textEn();
            action.owner = owner(person);
            action.dueDate = decision.dueDate();
            action.createdAt = now;
            action.updatedAt = now;
            actions.persist(action);
            events.created(action);
            created.add(action);
        }
        return created;
    }

    private static boolean hasAny(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static Owner owner(DecisionAdopted.Person person) {
        if (person.officialId() == null) {
            throw new InvalidEventException("an owner has no officialId", null);
        }
        Owner owner = new Owner();
        owner.officialId = person.officialId();
        owner.organisationId = person.organisationId();
        owner.countryCode = person.countryCode();
        owner.nameAr = person.nameAr();
        owner.nameEn = person.nameEn();
        owner.titleAr = person.titleAr();
        owner.titleEn = person.titleEn();
        owner.preferredLanguage = "en".equals(person.preferredLanguage()) ? "en" : "ar";
        return owner;
    }

    public Action get(UUID id) {
        return actions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("action", id));
    }

    public PanacheQuery<Action> search(UUID decisionId, UUID meetingId, UUID ownerId, Action.Status status) {
        return actions.search(decisionId, meetingId, ownerId, status);
    }
}
