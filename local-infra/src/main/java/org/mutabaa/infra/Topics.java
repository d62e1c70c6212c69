package org.mutabaa.infra;

import java.util.List;

/** The suite's Kafka topics (see contracts/asyncapi.yaml). */
public final class Topics {

    public static final String DIRECTORY_OFFICIALS = "directory.officials";
    public static final String MEETINGS_DECISIONS = "meetings.decisions";
    public static final String ACTIONS_LIFECYCLE = "actions.lifecycle";

    /** Every topic, dead-letter topics included. */
    public static final List<String> ALL = List.of(
            DIRECTORY_OFFICIALS, MEETINGS_DECISIONS, ACTIONS_LIFECYCLE,
            dlq(DIRECTORY_OFFICIALS), dlq(MEETINGS_DECISIONS), dlq(ACTIONS_LIFECYCLE));

    public static final List<String> COMPACTED = List.of(DIRECTORY_OFFICIALS);

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}
