package org.mutabaa.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of notifications-service ({@code mutabaa.notifications.*}). */
@ConfigMapping(prefix = "mutabaa.notifications")
public interface NotificationsConfig {

    /** Base address of the web console; messages link to the item they are about. */
    @WithDefault("http://localhost:8080")
    String consoleUrl();

    Deliveries deliveries();

    Webhooks webhooks();

    Streams streams();

    /** How often digests due are looked for (read by the scheduler). */
    @WithDefault("1m")
    Duration digestEvery();

    /** How often new notifications are pushed to the live inbox streams (read by the scheduler). */
    @WithDefault("1s")
    Duration streamEvery();

    interface Deliveries {

        /** How often due deliveries are attempted (read by the scheduler). */
        @WithDefault("1s")
        Duration every();

        /** How many deliveries one worker attempts at most in one pass of the dispatcher. */
        @WithDefault("500")
        int batchSize();

        /** How many deliveries are attempted side by side on each replica. */
        @WithDefault("8")
        int concurrency();

        /**
         * How many of those attempt deliveries to one webhook at a time, so a slow or hostile
         * receiver holds that many workers at most (mail goes to our own relay, and is not limited).
         */
        @WithDefault("2")
        int perTarget();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("30s")
        Duration backoff();

        /** The longest wait between two attempts. */
        @WithDefault("1h")
        Duration maxBackoff();

        /** Attempts after which a delivery is dead (visible over REST, retried by hand). */
        @WithDefault("10")
        int maxAttempts();
    }

    interface Webhooks {

        /** Only https:// targets (turn off for a local receiver). */
        @WithDefault("true")
        boolean requireHttps();

        /**
         * Hosts (as written in the URL) allowed even though they are private, loopback or
         * link-local; none by default.
         */
        Optional<List<String>> allowedHosts();

        /**
         * The key webhook secrets are encrypted with at rest: 32 random bytes in Base64 (e.g.
         * {@code openssl rand -base64 32}), from the environment
         * ({@code MUTABAA_NOTIFICATIONS_WEBHOOKS_SECRET_KEY}); never in the repository.
         */
        String secretKey();

        /** How long a whole attempt may take: connect, TLS, request, the answer's headers and body. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** Live inbox streams (Server-Sent Events) held open on each replica. */
    interface Streams {

        /** Streams one official may hold open at once (several tabs or devices). */
        @WithDefault("5")
        int perOfficial();

        /** Streams held open at once in all. */
        @WithDefault("2000")
        int total();
    }
}
