package org.mutabaa.platform.outbox;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mutabaa.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** Events the broker refused for good, for an administrator to send again or give up on. */
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Outbox", description = "Events the message broker refused for good, parked so that the others go on; for "
                    + "administrators.")
@Path("/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class ParkedEventResource {

    private final ParkedEvents parked;

    public ParkedEventResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @Operation(operationId = "listParkedEvents", summary = "List parked events",
            description = "Events the broker refused for good, oldest first, with the later events of their key held "
                    + "behind them.")
    @GET
    public List<ParkedEvents.Parked> list() {
        return parked.list();
    }

    @Operation(operationId = "retryParkedEvent", summary = "Send a parked event again",
            description = "After the cause is mended, e.g. the broker's size limit raised. An event that is not "
                    + "parked (any more) is not found.")
    @POST
    @Path("/{eventId}/retry")
    public ParkedEvents.Parked retry(@PathParam("eventId") UUID eventId) {
        return parked.retry(eventId);
    }

    @Operation(operationId = "discardParkedEvent", summary = "Give up on a parked event",
            description = "It stays in the outbox, marked, and the later events of its key go. An event that is not "
                    + "parked (any more) is not found.")
    @POST
    @Path("/{eventId}/discard")
    public ParkedEvents.Parked discard(@PathParam("eventId") UUID eventId) {
        return parked.discard(eventId);
    }
}
