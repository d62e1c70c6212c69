package org.mutabaa.actions.service.links;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.platform.problem.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often one client address may use links: {@code per-minute} requests, and {@code
 * refused-per-minute} refused links (guessing is slow). Counts are kept per minute in a bounded
 * Caffeine cache, so that many addresses cannot exhaust memory; each replica counts its own.
 */
@ApplicationScoped
public class LinkRateLimit {

    private final Cache<String, AtomicInteger> requests;
    private final Cache<String, AtomicInteger> refused;
    private final int perMinute;
    private final int refusedPerMinute;

    public LinkRateLimit(ActionsConfig config) {
        this.perMinute = config.links().perMinute();
        this.refusedPerMinute = config.links().refusedPerMinute();
        this.requests = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
        this.refused = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    }

    /** Counts a request from {@code client}: 429 past the limit, or while it has presented too many refused links. */
    public void request(String client) {
        AtomicInteger bad = refused.getIfPresent(client);
        if (bad != null && bad.get() >= refusedPerMinute
                || requests.get(client, c -> new AtomicInteger()).incrementAndGet() > perMinute) {
            throw new ProblemException(429, "Too Many Requests",
                    "too many requests through action links from this address; try again in a minute", List.of());
        }
    }

    /** Counts a refused link presented by {@code client}. */
    public void refused(String client) {
        refused.get(client, c -> new AtomicInteger()).incrementAndGet();
    }
}
