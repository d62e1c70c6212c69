package org.mutabaa.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.Delivery;
import org.mutabaa.notifications.service.delivery.Deliveries;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.persistence.Page;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The delivery log: every (event, recipient, channel) with its status, attempts and last error. */
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Deliveries", description = "Each mail and webhook post the service made or will make, with its attempts; for "
                    + "administrators.")
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final Deliveries deliveries;

    public DeliveryResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(operationId = "listDeliveries", summary = "List deliveries",
            description = "Deliveries, newest first, by status (PENDING, HELD, SENT, FAILED, DEAD, DIGESTED), "
                    + "channel, recipient or notification.")
    @GET
    public Page<DeliveryView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                       @QueryParam("recipientId") UUID recipientId,
                                       @QueryParam("eventId") UUID eventId,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return deliveries.search(Params.enumValue("status", status, Delivery.Status.class),
                Params.enumValue("channel", channel, Channel.class), recipientId, eventId, page, size)
                .map(DeliveryView::of);
    }

    @Operation(operationId = "getDelivery", summary = "Read a delivery")
    @GET
    @Path("/{id}")
    public DeliveryView get(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.get(id));
    }

    @APIResponse(responseCode = "200", description = "The delivery as it is now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @Operation(operationId = "retryDelivery", summary = "Send a delivery again",
            description = "Puts a FAILED or DEAD delivery back in line with a fresh count of attempts.")
    @APIResponse(responseCode = "409", description = "The delivery is neither FAILED nor DEAD.")
    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    public DeliveryView retry(@PathParam("id") UUID id) {
        deliveries.retry(id);
        return DeliveryView.of(deliveries.get(id));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(UUID id, UUID notificationId, UUID eventId, UUID recipientId, Channel channel,
                               String target, Delivery.Status status, int attempts, OffsetDateTime nextAttemptAt,
                               String lastError, UUID digestId, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                               OffsetDateTime sentAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.notificationId, d.eventId, d.recipientId, d.channel, d.target, d.status,
                    d.attempts, d.nextAttemptAt, d.lastError, d.digestId, d.createdAt, d.updatedAt, d.sentAt);
        }
    }
}
