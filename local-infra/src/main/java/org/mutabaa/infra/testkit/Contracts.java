package org.mutabaa.infra.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event contracts in {@code contracts/<producing-service>/}: one JSON Schema
 * ({@code <event>.v<n>.schema.json}) and one example ({@code <event>.v<n>.example.json}) per
 * event type and version. Producers validate what they emit; consumers read every example.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    /** The {@code contracts} folder, found from the working directory upwards. */
    public static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("contracts/asyncapi.yaml"))) {
                return p.resolve("contracts");
            }
        }
        throw new IllegalStateException("no contracts/asyncapi.yaml above " + here);
    }

    /** Validation errors of {@code json} against {@code contracts/<service>/<event>.schema.json}; empty if valid. */
    public static List<String> violations(String service, String event, String json) {
        Path schemaFile = dir().resolve(service).resolve(event + ".schema.json");
        try {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = factory.getSchema(JSON.readTree(Files.readString(schemaFile)), config);
            JsonNode instance = JSON.readTree(json);
            return schema.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot validate against " + schemaFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every example payload of a producing service whose file name starts with
     * {@code prefix} (e.g. {@code decision-}), for the tests of the consumers of those events.
     */
    public static List<Path> examples(String service, String prefix) {
        try (Stream<Path> files = Files.list(dir().resolve(service))) {
            return files.map(Path::getFileName).map(Path::toString)
                    .filter(f -> f.startsWith(prefix) && f.endsWith(".example.json"))
                    .sorted().map(f -> dir().resolve(service).resolve(f)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
