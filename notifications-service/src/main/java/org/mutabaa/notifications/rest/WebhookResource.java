package org.mutabaa.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Webhooks", description = "Where an organisation's systems are told of its actions: signed HTTPS posts.")
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(operationId = "registerWebhook", summary = "Register a webhook",
            description = "An HTTPS address of the organisation's; loopback, private, link-local and other internal "
                    + "addresses are refused. The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Registered; `Location` is the webhook's address.",
            headers = @Header(name = "Location", description = "Its address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @POST
    public Response register(@NotNull @Valid NewWebhook request, @Context UriInfo uri) {
        Webhooks.Registered registered = webhooks.register(request.organisationId(), request.url());
        Webhook w = registered.webhook();
        return Response.created(uri.getAbsolutePathBuilder().path(w.id.toString()).build())
                .entity(new WebhookView(w.id, w.organisationId, w.url, registered.secret(), w.createdAt)).build();
    }

    @Operation(operationId = "listWebhooks", summary = "List an organisation's webhooks")
    @GET
    public List<WebhookView> list(@QueryParam("organisationId") @NotNull UUID organisationId) {
        return webhooks.of(organisationId).stream()
                .map(w -> new WebhookView(w.id, w.organisationId, w.url, null, w.createdAt)).toList();
    }

    @Operation(operationId = "removeWebhook", summary = "Remove a webhook")
    @APIResponse(responseCode = "204", description = "Removed.")
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
