package org.mutabaa.notifications.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mutabaa.notifications.domain.Webhook;
import org.mutabaa.notifications.service.delivery.Webhooks;
import org.mutabaa.platform.security.Caller;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Organisations' webhooks. The secret is shown once, when the webhook is registered. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(summary = "Registers a webhook; private, loopback and link-local targets are refused")
    public Response register(@NotNull @Valid NewWebhook request, @Context UriInfo uri) {
        Webhooks.Registered registered = webhooks.register(request.organisationId(), request.url());
        Webhook w = registered.webhook();
        return Response.created(uri.getAbsolutePathBuilder().path(w.id.toString()).build())
                .entity(new WebhookView(w.id, w.organisationId, w.url, registered.secret(), w.createdAt)).build();
    }

    @GET
    public List<WebhookView> list(@QueryParam("organisationId") @NotNull UUID organisationId) {
        return webhooks.of(organisationId).stream()
                .map(w -> new WebhookView(w.id, w.organisationId, w.url, null, w.createdAt)).toList();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") UUID id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    public record NewWebhook(@NotNull UUID organisationId, @NotBlank @Size(max = 2_048) String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(UUID id, UUID organisationId, String url, String secret, OffsetDateTime createdAt) {
    }
}
