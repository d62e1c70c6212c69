package org.mutabaa.notifications.rest;

import io.smallrye.mutiny.Multi;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.service.inbox.InboxService;
import org.mutabaa.notifications.service.inbox.InboxStream;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.persistence.Page;

import java.util.UUID;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final InboxService notifications;
    private final InboxStream stream;
    private final Caller caller;

    public NotificationResource(InboxService notifications, InboxStream stream, Caller caller) {
        this.notifications = notifications;
        this.stream = stream;
        this.caller = caller;
    }

    /** An official's in-app inbox, newest first. */
    @GET
    public Page<NotificationView> inbox(@QueryParam("recipientId") @NotNull UUID recipientId,
                                            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireSelfOrAdmin(recipientId);
        return notifications.inbox(recipientId, unreadOnly, page, size).map(NotificationView::of);
    }

    @GET
    @Path("/unread-count")
    public UnreadView unreadCount(@QueryParam("recipientId") @NotNull UUID recipientId) {
        caller.requireSelfOrAdmin(recipientId);
        return new UnreadView(recipientId, notifications.unread(recipientId));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-Sent Events: each new in-app notification of the official, as it is stored;"
            + " the stream ends when the token expires (reconnect with a fresh one); 429 beyond the streams an"
            + " official (5) or the service (2000) may hold open")
    public Multi<NotificationView> stream(@QueryParam("recipientId") @NotNull UUID recipientId) {
        caller.requireSelfOrAdmin(recipientId);
        return stream.open(recipientId, caller.tokenExpiresAt()).map(NotificationView::of);
    }

    @GET
    @Path("/{id}")
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.of(own(id));
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD)
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.mark(id, true, caller::requireSelfOrAdmin));
    }

    @POST
    @Path("/{id}/unread")
    @Consumes(MediaType.WILDCARD)
    public NotificationView markUnread(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.mark(id, false, caller::requireSelfOrAdmin));
    }

    /** The notification, if it is the caller's (or the caller is an admin). */
    private Notification own(UUID id) {
        Notification n = notifications.get(id);
        caller.requireSelfOrAdmin(n.recipientId);
        return n;
    }

    public record UnreadView(UUID recipientId, long unread) {
    }
}
