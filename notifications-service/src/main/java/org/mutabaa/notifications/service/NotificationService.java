package org.mutabaa.notifications.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.domain.Recipient;
import org.mutabaa.notifications.messaging.ActionCreated;
import org.mutabaa.notifications.messaging.DecisionAdopted;
import org.mutabaa.notifications.repository.NotificationRepository;
import org.mutabaa.platform.events.InvalidEventException;
import org.mutabaa.platform.inbox.ProcessedEvents;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.persistence.Timestamps;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Decides who is told about an event and stores their in-app notification. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final ProcessedEvents processed;
    private final MessageRenderer renderer;

    public NotificationService(NotificationRepository notifications, ProcessedEvents processed,
                               MessageRenderer renderer) {
        this.notifications = notifications;
        this.processed = processed;
        this.renderer = renderer;
    }

    /**
     * A decision was adopted: its owners and the heads of the delegations are told, each once,
     * owners first. A confidential meeting's text is never put in a message.
     */
    @Transactional
    public List<Notification> decisionAdopted(UUID eventId, DecisionAdopted decision) {
        if (decision.decisionId() == null || decision.meeting() == null || decision.owners() == null) {
            throw new InvalidEventException("DecisionAdopted " + eventId + " lacks decisionId, meeting or owners", null);
        }
        if (!processed.firstTime(eventId, DecisionAdopted.TYPE)) {
            return List.of();
        }
        Map<UUID, Recipient> recipients = new LinkedHashMap<>();
        for (DecisionAdopted.Person owner : decision.owners()) {
            recipients.putIfAbsent(owner.officialId(), recipient(owner, Notification.Reason.OWNER));
        }
        for (DecisionAdopted.Person participant : decision.participants() == null
                ? List.<DecisionAdopted.Person>of() : decision.participants()) {
            if ("HEAD".equals(participant.role())) {
                recipients.putIfAbsent(participant.officialId(),
                        recipient(participant, Notification.Reason.HEAD_OF_DELEGATION));
            }
        }
        boolean confidential = "CONFIDENTIAL".equals(decision.meeting().classification());
        return recipients.values().stream().map(r -> {
            boolean ar = "ar".equals(r.language());
            Map<String, Object> data = new HashMap<>();
            data.put("recipient", r.salutation());
            data.put("owner", r.reason() == Notification.Reason.OWNER);
            data.put("meeting", pick(ar, decision.meeting().titleAr(), decision.meeting().titleEn()));
            data.put("text", confidential ? null : pick(ar, decision.textAr(), decision.textEn()));
            data.put("reference", decision.decisionId().toString());
            data.put("due", decision.dueDate() == null ? null : decision.dueDate().toString());
            Notification n = store(eventId, DecisionAdopted.TYPE, r, renderer.render("decision-adopted", r.language(), data));
            n.meetingId = decision.meeting().id();
            n.decisionId = decision.decisionId();
            return n;
        }).toList();
    }

    /**
     * An action was created: its owner is told. An action owned by an organisation has nobody to
     * tell until a person is named; a confidential meeting's action title is never put in a message.
     */
    @Transactional
    public List<Notification> actionCreated(UUID eventId, ActionCreated action) {
        if (action.actionId() == null || action.owner() == null
                || (action.owner().officialId() == null && action.owner().organisationId() == null)) {
            throw new InvalidEventException("ActionCreated " + eventId + " lacks actionId or owner", null);
        }
        if (!processed.firstTime(eventId, ActionCreated.TYPE) || action.owner().officialId() == null) {
            return List.of();
        }
        ActionCreated.Owner o = action.owner();
        Recipient r = new Recipient(o.officialId(), Recipient.language(o.preferredLanguage()), o.nameAr(), o.nameEn(),
                o.titleAr(), o.titleEn(), Notification.Reason.OWNER);
        boolean ar = "ar".equals(r.language());
        Map<String, Object> data = new HashMap<>();
        data.put("recipient", r.salutation());
        data.put("title", "CONFIDENTIAL".equals(action.classification()) ? null
                : pick(ar, action.titleAr(), action.titleEn()));
        data.put("due", action.dueDate() == null ? null : action.dueDate().toString());
        data.put("reference", action.actionId().toString());
        Notification n = store(eventId, ActionCreated.TYPE, r, renderer.render("action-created", r.language(), data));
        n.meetingId = action.meetingId();
        n.decisionId = action.decisionId();
        n.actionId = action.actionId();
        return List.of(n);
    }

    private Notification store(UUID eventId, String type, Recipient r, MessageRenderer.Message message) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = eventId;
        n.eventType = type;
        n.recipientId = r.officialId();
        n.reason = r.reason();
        n.language = r.language();
        n.subject = message.subject();
        n.body = message.body();
        n.createdAt = Timestamps.now();
        notifications.persist(n);
        return n;
    }

    private static Recipient recipient(DecisionAdopted.Person p, Notification.Reason reason) {
        if (p.officialId() == null) {
            throw new InvalidEventException("a recipient has no officialId", null);
        }
        return new Recipient(p.officialId(), Recipient.language(p.preferredLanguage()), p.nameAr(), p.nameEn(),
                p.titleAr(), p.titleEn(), reason);
    }

    /** The text in the reader's language, else in the other one. */
    private static String pick(boolean arabic, String ar, String en) {
        String preferred = arabic ? ar : en;
        return preferred != null && !preferred.isBlank() ? preferred : arabic ? en : ar;
    }

    public Notification get(UUID id) {
        return notifications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notification", id));
    }

    public PanacheQuery<Notification> inbox(UUID recipientId, boolean unreadOnly) {
        return notifications.inbox(recipientId, unreadOnly);
    }
}
