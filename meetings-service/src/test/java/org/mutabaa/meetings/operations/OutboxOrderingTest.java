package org.mutabaa.meetings.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;
import org.mutabaa.platform.outbox.OutboxPublisher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against the real database and broker: events of one key reach the topic in the
 * order their transactions wrote them, each exactly once, while several relays race for the rows
 * (the scheduled relay and four threads calling it at once, as replicas would).
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OutboxOrderingTest {

    static final int KEYS = 5;
    static final int PER_KEY = 40;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    EventCodec codec;

    @Test
    void eachKeysEventsArriveOnceAndInOrderWhileRelaysRace() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            keys.add("ordering-" + UUID.randomUUID());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService relays = Executors.newFixedThreadPool(4);
        List<Future<Integer>> racing = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            racing.add(relays.submit(() -> {
                int handled = 0;
                while (writing.get()) {
                    int n = publisher.publishBatch();
                    handled += n;
                    if (n == 0) {
                        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
                    }
                }
                return handled;
            }));
        }
        try {
            // Transactions of three events each, keys interleaved: 1 of a, 1 of b, 1 of c; 2 of a ...
            List<String[]> order = new ArrayList<>();
            for (int n = 1; n <= PER_KEY; n++) {
                for (String key : keys) {
                    order.add(new String[]{key, Integer.toString(n)});
                }
            }
            for (int i = 0; i < order.size(); i += 3) {
                List<String[]> batch = order.subList(i, Math.min(i + 3, order.size()));
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(e -> outbox.append("outbox-test", e[0],
                        codec.envelope("/mutabaa/meetings-service", "org.mutabaa.test.ordering.v1", "test/" + e[0],
                                Map.of("key", e[0], "n", Integer.parseInt(e[1]))))));
            }

            Map<String, List<Integer>> arrived = await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> arrived(keys), seen -> seen.values().stream().mapToInt(List::size).sum()
                            >= KEYS * PER_KEY);
            writing.set(false);
            for (Future<Integer> relay : racing) {
                relay.get();
            }

            List<Integer> expected = new ArrayList<>();
            for (int n = 1; n <= PER_KEY; n++) {
                expected.add(n);
            }
            for (String key : keys) {
                assertThat(arrived.get(key)).as("events of %s, as they arrived", key).isEqualTo(expected);
            }
            // Nothing more arrives later: no event was sent twice by relays that raced.
            assertThat(publisher.publishBatch()).isZero();
            assertThat(arrived(keys).values().stream().mapToInt(List::size).sum()).isEqualTo(KEYS * PER_KEY);
        } finally {
            writing.set(false);
            relays.shutdownNow();
        }
    }

    /** For each of the keys, the n of its events in the order they stand on the topic. */
    private static Map<String, List<Integer>> arrived(List<String> keys) throws Exception {
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        keys.forEach(k -> seen.put(k, new ArrayList<>()));
        Map<String, Integer> partitionOf = new HashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(TestInfra.endpoints().bootstrapServers(),
                InfraResource.outboxTestTopic)) {
            if (!seen.containsKey(record.key())) {
                continue;
            }
            // One key, one partition: that is what keeps its order.
            assertThat(partitionOf.merge(record.key(), record.partition(), (a, b) -> a.equals(b) ? a : -1))
                    .as("partition of %s", record.key()).isNotNegative();
            JsonNode data = JSON.readTree(record.value()).get("data");
            seen.get(record.key()).add(data.get("n").asInt());
        }
        return seen;
    }
}
