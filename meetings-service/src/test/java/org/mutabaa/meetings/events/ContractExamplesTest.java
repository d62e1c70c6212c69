package org.mutabaa.meetings.events;

import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example in contracts/ is valid against its own schema, and every schema has an example. */
class ContractExamplesTest {

    @Test
    void everyExampleMatchesItsSchema() throws Exception {
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(Contracts.dir())) {
            schemas = files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(schemas).hasSizeGreaterThanOrEqualTo(6);
        for (Path schema : schemas) {
            String service = schema.getParent().getFileName().toString();
            String event = schema.getFileName().toString().replace(".schema.json", "");
            Path example = schema.resolveSibling(event + ".example.json");
            assertThat(example).as("example of %s", event).exists();
            assertThat(Contracts.violations(service, event, Files.readString(example))).as(event).isEmpty();
        }
    }
}
