package org.mutabaa.platform.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which refusals park an event (sending it again as it is cannot help) and which retry the batch. */
class OutboxPublisherTest {

    @Test
    void refusalsForGoodParkTheEvent() {
        assertThat(OutboxPublisher.forGood(new RecordTooLargeException("too large"))).isTrue();
        assertThat(OutboxPublisher.forGood(new InvalidTopicException("bad topic"))).isTrue();
        assertThat(OutboxPublisher.forGood(new TopicAuthorizationException(Set.of("meetings.decisions")))).isTrue();
        assertThat(OutboxPublisher.forGood(new CompletionException(new RecordTooLargeException("wrapped")))).isTrue();
    }

    @Test
    void refusalsThatMayPassLaterRetryTheBatch() {
        assertThat(OutboxPublisher.forGood(new TimeoutException("broker away"))).isFalse();
        assertThat(OutboxPublisher.forGood(new NotLeaderOrFollowerException("moving"))).isFalse();
        assertThat(OutboxPublisher.forGood(new IllegalStateException("not Kafka's answer"))).isFalse();
        assertThat(OutboxPublisher.forGood(new CompletionException(new TimeoutException("wrapped")))).isFalse();
    }
}
