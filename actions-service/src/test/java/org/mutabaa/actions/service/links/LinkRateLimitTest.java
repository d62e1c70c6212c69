package org.mutabaa.actions.service.links;

import org.junit.jupiter.api.Test;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One client address may make so many requests through links a minute, and present fewer refused links. */
class LinkRateLimitTest {

    @Test
    void aClientPastItsRequestsIsRefusedWhileOthersGoOn() {
        LinkRateLimit limit = new LinkRateLimit(config(3, 10));
        for (int i = 0; i < 3; i++) {
            limit.request("192.0.2.10");
        }
        assertThatThrownBy(() -> limit.request("192.0.2.10")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().status()).isEqualTo(429));
        limit.request("192.0.2.11");
    }

    @Test
    void aClientGuessingLinksIsStoppedAfterTheRefusedAllowance() {
        LinkRateLimit limit = new LinkRateLimit(config(100, 2));
        limit.request("198.51.100.7");
        limit.refused("198.51.100.7");
        limit.request("198.51.100.7");
        limit.refused("198.51.100.7");
        assertThatThrownBy(() -> limit.request("198.51.100.7")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().status()).isEqualTo(429));
        limit.request("198.51.100.8");
    }

    static ActionsConfig config(int perMinute, int refusedPerMinute) {
        ActionsConfig.Links links = new ActionsConfig.Links() {
            public Optional<String> key() {
                return Optional.empty();
            }

            public Duration lifetime() {
                return Duration.ofDays(30);
            }

            public int perMinute() {
                return perMinute;
            }

            public int refusedPerMinute() {
                return refusedPerMinute;
            }
        };
        return new ActionsConfig() {
            public Reminders reminders() {
                return null;
            }

            public Links links() {
                return links;
            }

            public Reports reports() {
                return null;
            }
        };
    }
}
