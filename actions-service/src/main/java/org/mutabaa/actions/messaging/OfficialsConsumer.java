package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.inbox.Inbox;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Reads the compacted {@code directory.officials} into this service's projection of officials. */
@ApplicationScoped
public class OfficialsConsumer {

    /** The only producer of directory.officials and meetings.decisions. */
    static final String MEETINGS = "/mutabaa/meetings-service";

    private final Inbox inbox;
    private final Map<String, EventCodec.Handler<?>> handlers;

    public OfficialsConsumer(Inbox inbox, Directory directory) {
        this.inbox = inbox;
        this.handlers = Map.of(
                OfficialEvent.UPSERTED, EventCodec.Handler.of(OfficialEvent.class, directory::upserted),
                OfficialEvent.DEACTIVATED, EventCodec.Handler.of(OfficialEvent.class, directory::deactivated));
    }

    @Incoming("officials")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200)
    public void consume(ConsumerRecords<String, String> records) {
        inbox.consume("officials", records, MEETINGS, handlers);
    }
}
