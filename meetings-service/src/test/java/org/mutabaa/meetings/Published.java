package org.mutabaa.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;


/** What the service has published on a topic for one key, as parsed events in topic order. */
public final class Published {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Published() {
    }

    public static List<JsonNode> events(String topic, String key) {
        return TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), topic).stream()
                .filter(r -> key.equals(r.key())).map(ConsumerRecord::value).map(Published::parse).toList();
    }

    /** The key's events once there are at least {@code count} of them. */
    public static List<JsonNode> await(String topic, String key, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> events(topic, key), events -> events.size() >= count);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
