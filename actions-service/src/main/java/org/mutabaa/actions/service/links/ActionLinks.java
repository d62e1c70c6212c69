package org.mutabaa.actions.service.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.ActionLink;
import org.mutabaa.actions.domain.Attachment;
import org.mutabaa.actions.domain.Comment;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.domain.ProgressUpdate;
import org.mutabaa.actions.events.ActionPerson;
import org.mutabaa.actions.events.LinksOf;
import org.mutabaa.actions.repository.ActionLinkRepository;
import org.mutabaa.actions.repository.ActionRepository;
import org.mutabaa.actions.repository.AttachmentRepository;
import org.mutabaa.actions.repository.CommentRepository;
import org.mutabaa.actions.repository.HistoryRepository;
import org.mutabaa.actions.repository.ProgressRepository;
import org.mutabaa.actions.repository.DecisionRefRepository;
import org.mutabaa.actions.repository.OfficialRepository;
import org.mutabaa.actions.repository.OrganisationFollowUpRepository;
import org.mutabaa.actions.service.Access;
import org.mutabaa.platform.problem.Problem;
import org.mutabaa.platform.problem.ProblemException;
import org.mutabaa.platform.time.Now;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Signed action links (docs/decisions/0034): a page for one action, for a person told of it by mail
 * who has no account here — a focal point, named by address, of the organisation that owns it, or its
 * owner when the directory marks them as not signing in. Each
 * mail carries the link with its expiry renewed; the recording secretariat sees and revokes them; a
 * link is refused once its action is closed (verified or cancelled), or no longer the organisation's.
 */
@ApplicationScoped
public class ActionLinks implements LinksOf {

    /** Why a link is refused; the link's page says it in both languages, and nothing else. */
    public enum Refusal { INVALID, EXPIRED, REVOKED, CLOSED }

    /** A link accepted: the action it opens, and its decision. */
    public record Grant(ActionLink link, Action action, DecisionRef decision) {
    }

    /** What the link's page shows: the action, its decision and meeting, and all that was done on it. */
    public record Page(Grant grant, List<HistoryEntry> history, List<ProgressUpdate> progress,
                       List<Comment> comments, List<Attachment> attachments) {
    }

    /** The most of each list the page shows, newest kept. */
    static final int PAGE_LIMIT = 200;

    private final LinkTokens tokens;
    private final ActionLinkRepository links;
    private final ActionRepository actions;
    private final DecisionRefRepository decisions;
    private final OrganisationFollowUpRepository followUps;
    private final Access access;
    private final ByLink byLink;
    private final ActionsConfig config;
    private final Now now;
    private final HistoryRepository history;
    private final ProgressRepository progress;
    private final CommentRepository comments;
    private final AttachmentRepository attachments;
    private final OfficialRepository officials;

    public ActionLinks(LinkTokens tokens, ActionLinkRepository links, ActionRepository actions,
                       DecisionRefRepository decisions, OrganisationFollowUpRepository followUps, Access access,
                       ByLink byLink, ActionsConfig config, Now now, HistoryRepository history,
                       ProgressRepository progress, CommentRepository comments, AttachmentRepository attachments,
                       OfficialRepository officials) {
        this.officials = officials;
        this.history = history;
        this.progress = progress;
        this.comments = comments;
        this.attachments = attachments;
        this.tokens = tokens;
        this.links = links;
        this.actions = actions;
        this.decisions = decisions;
        this.followUps = followUps;
        this.access = access;
        this.byLink = byLink;
        this.config = config;
        this.now = now;
    }

    /**
     * The focal point as the event about the action carries them, with a link when they are named by
     * address, the action is still open to work and links are enabled: the live link for the action
     * and address, its expiry renewed, or a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActionPerson withLink(Action action, ActionPerson person) {
        if (!tokens.enabled() || person.officialId() != null || person.email() == null || closed(action)) {
            return person;
        }
        ActionLink link = links.live(action.id, person.email()).orElseGet(() -> created(action, person.email().trim(), null));
        return signed(link, person);
    }

    /**
     * The owner as events carry them: with a link when the directory marks them as not signing in and
     * the action is open to work.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ActionPerson owner(Action action, ActionPerson owner) {
        if (!tokens.enabled() || owner.officialId() == null || closed(action) || signsIn(owner.officialId())) {
            return owner;
        }
        ActionLink link = links.liveFor(action.id, owner.officialId())
                .orElseGet(() -> created(action, null, owner.officialId()));
        return signed(link, owner);
    }

    private ActionLink created(Action action, String email, UUID officialId) {
        ActionLink created = new ActionLink();
        created.id = UUID.randomUUID();
        created.actionId = action.id;
        created.email = email;
        created.officialId = officialId;
        created.issuedAt = now.get();
        return created;
    }

    /** The person with the link's token, its expiry renewed from now. */
    private ActionPerson signed(ActionLink link, ActionPerson person) {
        link.nameAr = person.nameAr();
        link.nameEn = person.nameEn();
        link.preferredLanguage = "en".equals(person.preferredLanguage()) ? "en" : "ar";
        link.expiresAt = now.get().plus(config.links().lifetime()).truncatedTo(ChronoUnit.SECONDS);
        links.persist(link);
        String token = tokens.sign(link.id, link.expiresAt.toInstant());
        return new ActionPerson(person.officialId(), person.organisationId(), person.organisationNameAr(),
                person.organisationNameEn(), person.countryCode(), person.nameAr(), person.nameEn(), person.titleAr(),
                person.titleEn(), person.preferredLanguage(), person.timeZone(), person.email(), token,
                link.expiresAt);
    }

    private boolean signsIn(UUID officialId) {
        return officials.findByIdOptional(officialId).map(o -> o.signsIn).orElse(true);
    }

    /**
     * Accepts the token for this request (the workflow then lets its person work its action, and the
     * history names them), or refuses it: 403 with the reason as the error of the field {@code link}.
     */
    @Transactional
    public Grant open(String token) {
        LinkTokens.Signed signed = tokens.verify(token).orElseThrow(() -> refused(Refusal.INVALID));
        ActionLink link = links.findByIdOptional(signed.linkId()).orElseThrow(() -> refused(Refusal.INVALID));
        if (!signed.expiresAt().isAfter(now.get().toInstant())) {
            throw refused(Refusal.EXPIRED);
        }
        if (link.revoked()) {
            throw refused(Refusal.REVOKED);
        }
        Action action = actions.findByIdOptional(link.actionId).orElseThrow(() -> refused(Refusal.INVALID));
        if (closed(action)) {
            throw refused(Refusal.CLOSED);
        }
        if (!stillFocalPoint(action, link)) {
            throw refused(Refusal.REVOKED);
        }
        DecisionRef decision = decisions.findByIdOptional(action.decisionId).orElseThrow(() -> refused(Refusal.INVALID));
        link.lastUsedAt = now.get();
        byLink.set(link);
        return new Grant(link, action, decision);
    }

    /**
     * What the link's page shows of the action a link accepted by {@link #open} in this request opens,
     * read as it stands now (after any change made through the link).
     */
    @Transactional
    public Page page(Grant grant) {
        UUID id = grant.action().id;
        Action now = actions.findByIdOptional(id).orElseThrow(() -> refused(Refusal.INVALID));
        return new Page(new Grant(grant.link(), now, grant.decision()), last(history.of(id).list()),
                last(progress.of(id).list()), last(comments.of(id).list()), last(attachments.of(id).list()));
    }

    private static <T> List<T> last(List<T> all) {
        return all.size() <= PAGE_LIMIT ? all : all.subList(all.size() - PAGE_LIMIT, all.size());
    }

    /** The links given for an action, newest first: its recording secretariat (or an administrator). */
    @Transactional
    public List<ActionLink> of(UUID actionId) {
        Action action = managed(actionId);
        return links.of(action.id);
    }

    /** Revokes one link of the action: it is refused from now on; the next mail carries a new one. */
    @Transactional
    public ActionLink revoke(UUID actionId, UUID linkId, UUID actor) {
        Action action = managed(actionId);
        ActionLink link = links.findByIdOptional(linkId).filter(l -> l.actionId.equals(action.id))
                .orElseThrow(() -> ProblemException.notFound("link", linkId));
        if (!link.revoked()) {
            link.revokedAt = now.get();
            link.revokedBy = actor;
        }
        return link;
    }

    private Action managed(UUID actionId) {
        Action action = actions.findByIdOptional(actionId).orElseThrow(() -> ProblemException.notFound("action", actionId));
        DecisionRef decision = decisions.findByIdOptional(action.decisionId)
                .orElseThrow(() -> ProblemException.notFound("action", actionId));
        access.requireMayManage(action, decision);
        return action;
    }

    /** The moves a person may make through a link: in progress, blocked, done; cancelling and reopening are the secretariat's. */
    public static void requireMoveByLink(Action.Status to) {
        if (to != Action.Status.IN_PROGRESS && to != Action.Status.BLOCKED && to != Action.Status.DONE) {
            throw ProblemException.invalidField("status", "must be IN_PROGRESS, BLOCKED or DONE through a link");
        }
    }

    /** Verified or cancelled: nothing more is done through a link. */
    static boolean closed(Action action) {
        return action.status == Action.Status.CANCELLED
                || action.status == Action.Status.DONE && action.verification() == Action.Verification.VERIFIED;
    }

    /**
     * The link's person still follows the action up: the owner it was given to, who still does not
     * sign in; or a focal point of the organisation that still owns it.
     */
    private boolean stillFocalPoint(Action action, ActionLink link) {
        if (link.officialId != null) {
            return link.officialId.equals(action.owner.officialId) && !signsIn(link.officialId);
        }
        return action.owner.isOrganisation() && followUps.findByIdOptional(action.owner.organisationId)
                .map(f -> f.addresses.stream().anyMatch(a -> a.email.trim().equalsIgnoreCase(link.email)))
                .orElse(false);
    }

    static ProblemException refused(Refusal why) {
        return new ProblemException(403, "Link refused", switch (why) {
            case INVALID -> "this link is not valid";
            case EXPIRED -> "this link has expired";
            case REVOKED -> "this link was withdrawn";
            case CLOSED -> "the action this link opens is closed";
        }, List.of(new Problem.FieldError("link", why.name())));
    }
}
