package org.mutabaa.console.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.console.config.ConsoleConfig;

/** What the pages need to know before anyone signs in: the APIs' addresses and the sign-in mode. */
@Path("/config.json")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    public record Api(String meetings, String actions, String notifications) {
    }

    public record Oidc(String issuer, String clientId, String scope) {
    }

    public record Config(String signIn, Api api, Oidc oidc) {
    }

    private final ConsoleConfig config;

    public ConfigResource(ConsoleConfig config) {
        this.config = config;
    }

    @GET
    public Config get() {
        ConsoleConfig.Api api = config.api();
        Oidc oidc = config.signIn() == ConsoleConfig.SignIn.OIDC
                ? new Oidc(config.oidc().issuer().orElse(null), config.oidc().clientId().orElse(null), config.oidc().scope())
                : null;
        return new Config(config.signIn().name().toLowerCase(java.util.Locale.ROOT),
                new Api(api.meetings(), api.actions(), api.notifications()), oidc);
    }
}
