package org.mutabaa.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The console's settings: where the browser finds the APIs, and how people sign in. */
@ConfigMapping(prefix = "mutabaa.console")
public interface ConsoleConfig {

    /** How people sign in: {@code oidc} (production) or {@code local} (pick an official; never in production). */
    @WithDefault("oidc")
    SignIn signIn();

    /** The three APIs as the browser reaches them. */
    Api api();

    Local local();

    Oidc oidc();

    enum SignIn { LOCAL, OIDC }

    interface Api {
        String meetings();

        String actions();

        String notifications();
    }

    /** Local sign-in: tokens signed with the suite's local key ({@code smallrye.jwt.sign.key.location}). */
    interface Local {
        /** meetings-service as the console itself reaches it, to list who may sign in. */
        Optional<String> directory();

        @WithDefault("https://mutabaa.local/issuer")
        String issuer();

        /** The audience the services accept ({@code mp.jwt.verify.audiences}). */
        @WithDefault("mutabaa")
        String audience();

        @WithDefault("8h")
        Duration tokenLifetime();
    }

    /** The OpenID Connect provider the browser signs in with (authorization code with PKCE). */
    interface Oidc {
        Optional<String> issuer();

        Optional<String> clientId();

        @WithDefault("openid profile")
        String scope();
    }
}
