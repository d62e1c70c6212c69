package org.mutabaa.infra;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the launcher needs to start a broker in a JVM of its own, as the build recorded it. */
class KafkaBrokerTest {

    @Test
    void theRecordedClasspathNamesTheBrokersJarsAndEachExists() {
        List<String> entries = Arrays.asList(KafkaBroker.classpath().split(File.pathSeparator));

        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(entry -> assertThat(Files.isRegularFile(Path.of(entry)))
                .as(entry + " exists").isTrue());
        assertThat(entries).anySatisfy(entry -> assertThat(Path.of(entry).getFileName().toString())
                .startsWith("kafka_2.13-"));
        assertThat(entries).anySatisfy(entry -> assertThat(Path.of(entry).getFileName().toString())
                .startsWith("kafka-tools-"));
    }

    @Test
    void aClusterIdIsWhatKafkaStorageFormatTakes() {
        for (int i = 0; i < 200; i++) {
            String id = KafkaBroker.clusterId();
            assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
        }
    }

    @Test
    void theBrokerListensOnLoopbackOnlyOnThePortsGiven() {
        String properties = KafkaBroker.serverProperties(19092, 19093, Path.of("/tmp/kafka-logs"));
        assertThat(properties).contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("advertised.listeners=PLAINTEXT://127.0.0.1:19092")
                .contains("controller.quorum.voters=1@127.0.0.1:19093");
    }
}
