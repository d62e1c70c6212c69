package org.mutabaa.notifications.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.notifications.domain.Notification;
import org.mutabaa.notifications.service.NotificationService;

import java.util.UUID;

@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** An official's in-app inbox, newest first. */
    @GET
    public PageView<NotificationView> inbox(@QueryParam("recipientId") @NotNull UUID recipientId,
                                            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Notification> query = notifications.inbox(recipientId, unreadOnly).page(page, size);
        return new PageView<>(query.list().stream().map(NotificationView::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.get(id));
    }
}
