package org.mutabaa.actions.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Attachment;
import org.mutabaa.actions.domain.Comment;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.domain.HistoryEntry.Change;
import org.mutabaa.actions.domain.HistoryEntry.Source;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.domain.ProgressUpdate;
import org.mutabaa.actions.messaging.ActionEvents;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.AttachmentRepository;
import org.mutabaa.actions.repository.CommentRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.HistoryRepository;
import org.mutabaa.actions.repository.ProgressRepository;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Working an action: its status through the enforced workflow, progress, comments, evidence,
 * reassignment, priority, due date and collaborators. Every change is written to the action's
 * history, and the ones others must hear of to the outbox, in the same transaction.
 */
@ApplicationScoped
public class ActionService {

    private final ActionRepository actions;
    private final DecisionRefRepository decisions;
    private final ProgressRepository progress;
    private final CommentRepository comments;
    private final AttachmentRepository attachments;
    private final HistoryRepository historyEntries;
    private final History history;
    private final ActionEvents events;
    private final DecisionFollowUp followUp;
    private final Directory directory;
    private final Now now;
    private final Access access;

    public ActionService(ActionRepository actions, DecisionRefRepository decisions, ProgressRepository progress,
                         CommentRepository comments, AttachmentRepository attachments,
                         HistoryRepository historyEntries, History history, ActionEvents events,
                         DecisionFollowUp followUp, Directory directory, Now now, Access access) {
        this.access = access;
        this.actions = actions;
        this.decisions = decisions;
        this.progress = progress;
        this.comments = comments;
        this.attachments = attachments;
        this.historyEntries = historyEntries;
        this.history = history;
        this.events = events;
        this.followUp = followUp;
        this.directory = directory;
        this.now = now;
    }

    // ---- reading

    /** An action the caller may read; one they may not is not found. */
    public Action get(UUID id) {
        return access.readable(actions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("action", id)));
    }

    /** The actions the caller may read that pass the filter. */
    public PanacheQuery<Action> search(ActionRepository.Filter filter, Sort sort) {
        return actions.search(filter, sort, access.reader());
    }

    public OffsetDateTime now() {
        return now.get();
    }

    public PanacheQuery<HistoryEntry> history(UUID id) {
        get(id);
        return historyEntries.of(id);
    }

    public PanacheQuery<Comment> comments(UUID id) {
        get(id);
        return comments.of(id);
    }

    public PanacheQuery<ProgressUpdate> progress(UUID id) {
        get(id);
        return progress.of(id);
    }

    public PanacheQuery<Attachment> attachments(UUID id) {
        get(id);
        return attachments.of(id);
    }

    // ---- working

    /** Moves the action to {@code to}: 409 when the workflow forbids it, 400 when a reason is due and missing. */
    @Transactional
    public void changeStatus(UUID id, Action.Status to, String reason, UUID actor) {
        Action action = lockToWork(id);
        Action.Status from = action.status;
        if (from == to) {
            throw ProblemException.conflict("the action is already " + to);
        }
        if (!from.next().contains(to)) {
            throw ProblemException.conflict("an action that is " + from + " cannot become " + to
                    + (from.next().isEmpty() ? "; it is final" : "; it can become " + names(from.next())));
        }
        if (from.needsReason(to) && blank(reason)) {
            throw ProblemException.invalidField("reason", from == Action.Status.DONE
                    ? "is required to reopen a done action" : "is required for " + to);
        }
        OffsetDateTime at = now.get();
        transition(action, to, reason, actor, Source.API, "UPDATE", at);
        if (to == Action.Status.DONE && action.progress != 100) {
            history.record(action, Source.API, actor, Change.PROGRESS, action.progress, 100, null, at);
            action.progress = 100;
        }
    }

    /** Records a progress report; an open action goes in progress with it. */
    @Transactional
    public ProgressUpdate reportProgress(UUID id, int percent, String text, UUID actor) {
        Action action = lockToWork(id);
        pending(action, "report progress on");
        OffsetDateTime at = now.get();
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.actionId = id;
        update.percent = percent;
        update.text = text;
        update.authorId = actor;
        update.createdAt = at;
        progress.persist(update);
        history.record(action, Source.API, actor, Change.PROGRESS, action.progress, percent, text, at);
        action.progress = percent;
        action.updatedAt = at;
        if (action.status == Action.Status.OPEN) {
            transition(action, Action.Status.IN_PROGRESS, null, actor, Source.API, "PROGRESS", at);
        }
        return update;
    }

    @Transactional
    public Comment comment(UUID id, String text, UUID actor) {
        Action action = lockToWork(id);
        OffsetDateTime at = now.get();
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.actionId = id;
        comment.text = text;
        comment.authorId = actor;
        comment.createdAt = at;
        comments.persist(comment);
        history.record(action, Source.API, actor, Change.COMMENT, null, text, null, at);
        action.updatedAt = at;
        return comment;
    }

    @Transactional
    public Attachment attach(UUID id, String url, String title, UUID actor) {
        Action action = lockToWork(id);
        if (action.status == Action.Status.CANCELLED) {
            throw ProblemException.conflict("a cancelled action takes no evidence");
        }
        checkLink(url);
        OffsetDateTime at = now.get();
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.actionId = id;
        attachment.url = url;
        attachment.title = title;
        attachment.addedBy = actor;
        attachment.createdAt = at;
        attachments.persist(attachment);
        history.record(action, Source.API, actor, Change.ATTACHMENT, null, url, title, at);
        action.updatedAt = at;
        return attachment;
    }

    /** Gives the action to another official of the directory (an organisation's action to its person). */
    @Transactional
    public void reassign(UUID id, UUID officialId, String reason, UUID actor) {
        Action action = lockToManage(id);
        pending(action, "reassign");
        if (blank(reason)) {
            throw ProblemException.invalidField("reason", "is required to reassign an action");
        }
        if (officialId.equals(action.owner.officialId)) {
            throw ProblemException.invalidField("officialId", "already owns this action");
        }
        Official official = directory.requireActive("officialId", officialId);
        DecisionRef decision = decision(action);
        OffsetDateTime at = now.get();
        Owner previous = action.owner;
        String previousZone = action.timeZone;
        action.owner = Owners.of(official);
        action.collaborators.remove(officialId);
        action.schedule(action.dueDate, official.timeZone != null ? official.timeZone : decision.timeZone);
        action.updatedAt = at;
        history.record(action, Source.API, actor, Change.OWNER, previous.ref(), action.owner.ref(), reason, at);
        events.reassigned(action, decision, previous, previousZone, reason, actor, at);
    }

    /** Changes priority, due date and collaborators where given; unchanged where absent. */
    @Transactional
    public void update(UUID id, Action.Priority priority, LocalDate dueDate, List<UUID> collaboratorIds, UUID actor) {
        Action action = lockToManage(id);
        pending(action, "change");
        OffsetDateTime at = now.get();
        boolean changed = false;
        if (priority != null) {
            changed = history.recordIfChanged(action, Source.API, actor, Change.PRIORITY, action.priority, priority,
                    null, at);
            action.priority = priority;
        }
        if (dueDate != null && history.recordIfChanged(action, Source.API, actor, Change.DUE_DATE, action.dueDate,
                dueDate, null, at)) {
            action.schedule(dueDate, action.timeZone);
            changed = true;
        }
        if (collaboratorIds != null) {
            Set<UUID> wanted = new LinkedHashSet<>();
            for (int i = 0; i < collaboratorIds.size(); i++) {
                UUID official = collaboratorIds.get(i);
                String field = "collaboratorIds[" + i + "]";
                if (official.equals(action.owner.officialId)) {
                    throw ProblemException.invalidField(field, "is the owner of the action");
                }
                directory.requireActive(field, official);
                wanted.add(official);
            }
            if (!wanted.equals(action.collaborators)) {
                history.record(action, Source.API, actor, Change.COLLABORATORS, ids(action.collaborators), ids(wanted),
                        null, at);
                action.collaborators.clear();
                action.collaborators.addAll(wanted);
                changed = true;
            }
        }
        if (changed) {
            action.updatedAt = at;
        }
    }

    private void transition(Action action, Action.Status to, String reason, UUID actor, Source source, String cause,
                            OffsetDateTime at) {
        Action.Status from = action.status;
        action.status = to;
        action.statusReason = blank(reason) ? null : reason;
        action.completedAt = to == Action.Status.DONE ? at : null;
        action.updatedAt = at;
        history.record(action, source, actor, Change.STATUS, from, to, action.statusReason, at);
        DecisionRef decision = decision(action);
        events.statusChanged(action, decision, from, actor, cause, followUp.decisionOwners(decision), at);
    }

    private Action lock(UUID id) {
        return actions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("action", id));
    }

    private Action lockToWork(UUID id) {
        Action action = lock(id);
        access.requireMayWork(action, decision(action));
        return action;
    }

    private Action lockToManage(UUID id) {
        Action action = lock(id);
        access.requireMayManage(action, decision(action));
        return action;
    }

    private DecisionRef decision(Action action) {
        return decisions.findByIdOptional(action.decisionId)
                .orElseThrow(() -> new IllegalStateException("no decision " + action.decisionId + " for an action"));
    }

    private static void pending(Action action, String what) {
        if (!action.status.pending()) {
            throw ProblemException.conflict("cannot " + what + " an action that is " + action.status);
        }
    }

    /** Evidence links must be absolute http(s) URLs. */
    private static void checkLink(String url) {
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw ProblemException.invalidField("url", "must be an absolute http or https link");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a valid link: " + e.getReason());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(Set<Action.Status> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }
}
