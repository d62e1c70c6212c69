package org.mutabaa.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with Kustomize itself ({@code kubectl kustomize}): exactly what
 * {@code kubectl apply -k} would send to a cluster. {@code ./mutabaa test} installs kubectl when
 * it is missing.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** The objects {@code dir}'s kustomization renders to, in Kustomize's order. */
    static List<ObjectNode> render(Path dir) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl().toString(), "kustomize", dir.toString())
                        .redirectError(errors.toFile()).start();
                String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(errors));
                }
                return parse(yaml);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path kubectl() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "kubectl is not installed; `./mutabaa test` installs it, or install it yourself"));
    }

    /** The YAML documents of a stream, as JSON trees (empty documents left out). */
    static List<ObjectNode> parse(String yaml) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        YAML.readValues(YAML.getFactory().createParser(yaml), JsonNode.class).forEachRemaining(doc -> {
            if (doc != null && doc.isObject() && doc.size() > 0) {
                docs.add((ObjectNode) doc);
            }
        });
        return docs;
    }
}
