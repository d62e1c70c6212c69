package org.mutabaa.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parks a record that is not a valid event on its channel's dead-letter topic
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}, else {@code <topic>.dlq}),
 * with its key and headers saying why and where it came from, the same headers SmallRye's
 * dead-letter strategy writes. Returns only once the broker has it, so the record's offset is
 * committed after it is safe.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Map<String, Object> kafka;
    private final Config config;
    private final MeterRegistry meters;
    private volatile KafkaProducer<String, String> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka, Config config,
                       MeterRegistry meters) {
        this.kafka = kafka;
        this.config = config;
        this.meters = meters;
    }

    public void park(String channel, ConsumerRecord<String, String> record, Exception reason) {
        String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                String.class).orElse(record.topic() + ".dlq");
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            headers.add(h);
        }
        header(headers, "dead-letter-reason", reason.getMessage());
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause", reason.getCause().getMessage());
            header(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a record of " + record.topic() + " on " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record on " + topic, e);
        }
        meters.counter("mutabaa.inbox.dead.letters", "topic", record.topic()).increment();
        LOG.warnf("parked %s-%d@%d on %s: %s", record.topic(), record.partition(), record.offset(), topic,
                reason.getMessage());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> settings = new HashMap<>(kafka);
                    settings.keySet().removeIf(k -> k.startsWith("group.") || k.equals("auto.offset.reset"));
                    settings.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
                    settings.put(ProducerConfig.ACKS_CONFIG, "all");
                    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
