package org.mutabaa.actions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mutabaa.actions.service.Directory;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.events.InvalidEventException;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Reads the compacted {@code directory.officials} into this service's projection of officials. */
@ApplicationScoped
public class OfficialsConsumer {

    /** The only producer of directory.officials and meetings.decisions. */
    static final String MEETINGS = "/mutabaa/meetings-service";

    private final EventCodec codec;
    private final Map<String, EventCodec.Handler<?>> handlers;

    public OfficialsConsumer(EventCodec codec, Directory directory) {
        this.codec = codec;
        this.handlers = Map.of(
                OfficialData.UPSERTED, EventCodec.Handler.of(OfficialData.class, directory::upserted),
                OfficialData.DEACTIVATED, EventCodec.Handler.of(OfficialData.class, directory::deactivated));
    }

    @Incoming("officials")
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 2, durationUnit = ChronoUnit.MINUTES,
            jitter = 200, abortOn = InvalidEventException.class)
    public void consume(String record) {
        codec.dispatch(record, MEETINGS, handlers);
    }
}
