package org.mutabaa.platform.outbox;

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
@Path("/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "mutabaa.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class ParkedEventResource {

    private final ParkedEvents parked;

    public ParkedEventResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(summary = "Events the broker refused for good, oldest first, with the later events of their key held behind them")
    public List<ParkedEvents.Parked> list() {
        return parked.list();
    }

    @POST
    @Path("/{eventId}/retry")
    @Operation(summary = "Send a parked event again (after the cause is mended, e.g. the broker's size limit raised)")
    public ParkedEvents.Parked retry(@PathParam("eventId") UUID eventId) {
        return parked.retry(eventId);
    }

    @POST
    @Path("/{eventId}/discard")
    @Operation(summary = "Give up on a parked event: it stays in the outbox, marked, and the later events of its key go")
    public ParkedEvents.Parked discard(@PathParam("eventId") UUID eventId) {
        return parked.discard(eventId);
    }
}
