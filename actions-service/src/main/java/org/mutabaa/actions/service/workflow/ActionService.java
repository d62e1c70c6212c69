package org.mutabaa.actions.service.workflow;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.ActionFilter;
import org.mutabaa.actions.domain.Attachment;
import org.mutabaa.actions.domain.Comment;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.domain.HistoryEntry.Change;
import org.mutabaa.actions.domain.HistoryEntry.Source;
import org.mutabaa.actions.domain.Official;
import org.mutabaa.actions.domain.Owner;
import org.mutabaa.actions.domain.ProgressUpdate;
import org.mutabaa.actions.events.ActionEvents;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.AttachmentRepository;
import org.mutabaa.actions.repository.CommentRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.HistoryRepository;
import org.mutabaa.actions.repository.ProgressRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.actions.service.DecisionPeople;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.actions.service.History;
import org.mutabaa.actions.service.Owners;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.actions.service.followup.FocalPoints;
import org.mutabaa.platform.persistence.Page;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final DecisionPeople people;
    private final Directory directory;
    private final Now now;
    private final Access access;
    private final FocalPoints focalPoints;
    private final Calendars calendars;

    public ActionService(ActionRepository actions, DecisionRefRepository decisions, ProgressRepository progress,
                         CommentRepository comments, AttachmentRepository attachments,
                         HistoryRepository historyEntries, History history, ActionEvents events,
                         DecisionPeople people, Directory directory, Now now, Access access,
                         FocalPoints focalPoints, Calendars calendars) {
        this.calendars = calendars;
        this.access = access;
        this.focalPoints = focalPoints;
        this.actions = actions;
        this.decisions = decisions;
        this.progress = progress;
        this.comments = comments;
        this.attachments = attachments;
        this.historyEntries = historyEntries;
        this.history = history;
        this.events = events;
        this.people = people;
        this.directory = directory;
        this.now = now;
    }

    // ---- reading

    /** An action the caller may read; one they may not is not found. */
    public Action get(UUID id) {
        return access.readable(actions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("action", id)));
    }

    /**
     * A page of the actions the caller may read that pass the filter, in the order {@code sort}
     * names (dueDate, createdAt or updatedAt, '-' first for descending; creation order when absent).
     */
    public Page<Action> search(ActionFilter filter, String sort, int page, int size) {
        if (filter.countryCode() != null && !filter.countryCode().matches("[A-Z]{2}")) {
            throw ProblemException.invalidField("countryCode", "must be an ISO 3166-1 alpha-2 code such as SY or OM");
        }
        return Page.of(actions.search(filter, sort(sort), access.reader()), page, size);
    }

    static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("createdAt").and("id");
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (!List.of("dueDate", "createdAt", "updatedAt").contains(field)) {
            throw ProblemException.invalidField("sort", "must be dueDate, createdAt or updatedAt, '-' first for descending");
        }
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }

    public OffsetDateTime now() {
        return now.get();
    }

    /**
     * The other side's action of each paired action in {@code of}, by id, in one read. Each side of a
     * pair sees the other's owner, status and progress, whether or not it may read the rest of it.
     */
    public Map<UUID, Action> counterparts(java.util.Collection<Action> of) {
        List<UUID> ids = of.stream().map(a -> a.counterpartActionId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Action> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            actions.list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        }
        return byId;
    }

    public Page<HistoryEntry> history(UUID id, int page, int size) {
        get(id);
        return Page.of(historyEntries.of(id), page, size);
    }

    public Page<Comment> comments(UUID id, int page, int size) {
        get(id);
        return Page.of(comments.of(id), page, size);
    }

    public Page<ProgressUpdate> progress(UUID id, int page, int size) {
        get(id);
        return Page.of(progress.of(id), page, size);
    }

    public Page<Attachment> attachments(UUID id, int page, int size) {
        get(id);
        return Page.of(attachments.of(id), page, size);
    }

    // ---- working

    /**
     * Moves the action to {@code to}: 409 when the workflow forbids it, 400 when a reason is due and
     * missing. DONE needs evidence, an attached link or a note of what was done (the reason), and
     * then awaits the recording secretariat's verification.
     */
    @Transactional
    public void changeStatus(UUID id, Action.Status to, String reason, UUID actor) {
        Action action = lockToWork(id);
        if (to == Action.Status.DONE && action.status.next().contains(to) && blank(reason)
                && !attachments.anyOf(id)) {
            throw ProblemException.invalidField("reason", "is required to mark an action done that has no evidence:"
                    + " attach a link to the evidence first, or say here what was done");
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

    /**
     * The recording secretariat accepts a DONE action's evidence: 409 unless it is DONE and awaits
     * verification; nobody verifies an action they own.
     */
    @Transactional
    public void verify(UUID id, UUID actor) {
        Action action = lockToManage(id);
        notTheirOwn(action, actor, "verify");
        OffsetDateTime at = now.get();
        action.verify(actor, at);
        history.record(action, Source.API, actor, Change.VERIFIED, Action.Verification.AWAITING,
                Action.Verification.VERIFIED, null, at);
        DecisionRef decision = decision(action);
        events.verified(action, decision, actor, people.owners(decision), at);
    }

    /**
     * The recording secretariat sends a DONE action awaiting verification back to its owner, in
     * progress, with the reason: 409 unless it awaits verification, 400 without a reason.
     */
    @Transactional
    public void returnForWork(UUID id, String reason, UUID actor) {
        Action action = lockToManage(id);
        notTheirOwn(action, actor, "return");
        OffsetDateTime at = now.get();
        Action.Status from = action.returnForWork(reason, at);
        history.record(action, Source.API, actor, Change.RETURNED, from, action.status, action.statusReason, at);
        events.returned(action, decision(action), from, actor, at);
    }

    private static void notTheirOwn(Action action, UUID actor, String what) {
        if (actor != null && actor.equals(action.owner.officialId)) {
            throw new ForbiddenException("nobody may " + what + " an action they own");
        }
    }

    /**
     * Gives the action to another official of the directory: the recording secretariat to anyone; a
     * focal point of the organisation that owns it (no person yet) to a person of that organisation.
     */
    @Transactional
    public void reassign(UUID id, UUID officialId, String reason, UUID actor) {
        Action action = lock(id);
        DecisionRef decision = decision(action);
        boolean handOver = !access.managesMeetingOf(decision) && action.owner.isOrganisation()
                && focalPoints.isFocalPoint(action.owner.organisationId, access.me());
        if (!handOver) {
            access.requireMayManage(action, decision);
        }
        pending(action, "reassign");
        if (blank(reason)) {
            throw ProblemException.invalidField("reason", "is required to reassign an action");
        }
        if (officialId.equals(action.owner.officialId)) {
            throw ProblemException.invalidField("officialId", "already owns this action");
        }
        Official official = directory.requireActive("officialId", officialId);
        if (handOver && !action.owner.organisationId.equals(official.organisationId)) {
            throw ProblemException.invalidField("officialId", "is not an official of the organisation that owns the"
                    + " action; a focal point hands an action to a person of its own organisation");
        }
        OffsetDateTime at = now.get();
        Owner previous = action.owner;
        String previousZone = action.timeZone;
        action.owner = Owners.of(official);
        action.collaborators.remove(officialId);
        calendars.schedule(action, action.dueDate, official.timeZone != null ? official.timeZone : decision.timeZone);
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
            calendars.schedule(action, dueDate, action.timeZone);
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
        Action.Status from = action.moveTo(to, reason, at);
        history.record(action, source, actor, Change.STATUS, from, to, action.statusReason, at);
        DecisionRef decision = decision(action);
        events.statusChanged(action, decision, from, actor, cause, people.owners(decision), at);
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

    private static String ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }
}
