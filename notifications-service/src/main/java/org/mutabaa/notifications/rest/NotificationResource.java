package org.mutabaa.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Inbox", description = "Each official's in-app notifications, in their language, and the live stream of new ones.")
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
    @Operation(operationId = "listNotifications", summary = "An official's inbox",
            description = "Newest first; an official reads their own, an admin anyone's.")
    @GET
    public Page<NotificationView> inbox(@QueryParam("recipientId") @NotNull UUID recipientId,
                                            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireSelfOrAdmin(recipientId);
        return notifications.inbox(recipientId, unreadOnly, page, size).map(NotificationView::of);
    }

    @Operation(operationId = "countUnreadNotifications", summary = "How many notifications are unread")
    @GET
    @Path("/unread-count")
    public UnreadView unreadCount(@QueryParam("recipientId") @NotNull UUID recipientId) {
        caller.requireSelfOrAdmin(recipientId);
        return new UnreadView(recipientId, notifications.unread(recipientId));
    }

    @APIResponse(responseCode = "200", description = "An event stream; the data of each event is a notification.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    @Operation(operationId = "streamNotifications", summary = "New notifications as they arrive",
            description = "Server-Sent Events: each new in-app notification of the official, as it is stored. The "
                    + "stream ends when the token expires (reconnect with a fresh one).")
    @APIResponse(responseCode = "429", description = "The official holds five streams open already, or the service 2,000.")
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<NotificationView> stream(@QueryParam("recipientId") @NotNull UUID recipientId) {
        caller.requireSelfOrAdmin(recipientId);
        return stream.open(recipientId, caller.tokenExpiresAt()).map(NotificationView::of);
    }

    @Operation(operationId = "getNotification", summary = "Read a notification")
    @GET
    @Path("/{id}")
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.of(own(id));
    }

    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read")
    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD)
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.mark(id, true, caller::requireSelfOrAdmin));
    }

    @Operation(operationId = "markNotificationUnread", summary = "Mark a notification unread")
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
