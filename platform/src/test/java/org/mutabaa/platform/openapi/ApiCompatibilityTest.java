package org.mutabaa.platform.openapi;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No service's committed API document ({@code contracts/<service>/openapi.yaml}) breaks a client
 * generated from its last released one ({@code contracts/<service>/released/openapi-<version>.yaml},
 * the highest version) unless its major version is higher. Breaking is what openapi-diff calls
 * incompatible: an operation or a response field gone, a type changed, a parameter now required.
 */
class ApiCompatibilityTest {

    private static final Pattern VERSION = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");

    @Test
    void noServiceBreaksItsReleasedApiWithoutANewMajorVersion() throws IOException {
        List<Path> services = services();
        assertThat(services).as("services with an API document").hasSizeGreaterThanOrEqualTo(3);
        List<String> broken = new ArrayList<>();
        for (Path service : services) {
            Path released = lastReleased(service);
            String releasedText = Files.readString(released);
            String committedText = Files.readString(service.resolve("openapi.yaml"));
            ChangedOpenApi diff = compare(releasedText, committedText);
            int releasedMajor = major(diff.getOldSpecOpenApi().getInfo().getVersion());
            int committedMajor = major(diff.getNewSpecOpenApi().getInfo().getVersion());
            assertThat(committedMajor).as(service + ": the major version never goes down").isGreaterThanOrEqualTo(releasedMajor);
            if (diff.isIncompatible() && committedMajor == releasedMajor) {
                broken.add(service.getFileName() + " (version " + diff.getNewSpecOpenApi().getInfo().getVersion()
                        + ", as released in " + released.getFileName() + "): " + describe(diff));
            }
        }
        assertThat(broken).as("API changes that break clients of the released document; keep the old shape,"
                + " or raise the major version (quarkus.smallrye-openapi.info-version)").isEmpty();
    }

    @Test
    void aResponseFieldWhoseTypeChangesIsBreaking() throws IOException {
        String document = Files.readString(ApiDocumentContract.repositoryRoot()
                .resolve("contracts/meetings-service/openapi.yaml"));
        int view = document.indexOf("\n    MeetingView:\n");
        int field = document.indexOf("\n        titleAr:\n", view);
        String type = "\n          type: string\n";
        assertThat(view).isPositive();
        assertThat(document.indexOf(type, field)).as("MeetingView.titleAr is a string").isEqualTo(field + "\n        titleAr:".length());
        String changed = document.substring(0, field) + "\n        titleAr:\n          type: integer\n"
                + document.substring(field + "\n        titleAr:".length() + type.length());

        assertThat(compare(document, document).isIncompatible()).isFalse();
        ChangedOpenApi diff = compare(document, changed);
        assertThat(diff.isIncompatible()).isTrue();
        assertThat(describe(diff)).contains("GET /meetings/{id}");
    }

    /**
     * openapi-diff 2.1 reads a schema's type where OpenAPI 3.0 keeps it; the parser puts a 3.1
     * document's types elsewhere, and every type change would pass unseen. Our documents use
     * nothing of 3.1 that 3.0 reads otherwise (no type lists, no null type), so they are compared as 3.0.
     */
    static ChangedOpenApi compare(String released, String committed) {
        return OpenApiCompare.fromContents(as30(released), as30(committed));
    }

    private static String as30(String document) {
        assertThat(document).as("a document without 3.1-only types").doesNotContain("- \"null\"");
        return document.replaceFirst("(?m)^openapi: 3\\.1\\.\\d+$", "openapi: 3.0.3");
    }

    private static String describe(ChangedOpenApi diff) {
        List<String> lines = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> lines.add("removed " + e.getMethod() + " " + e.getPathUrl()));
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (op.isIncompatible()) {
                lines.add("changed " + op.getHttpMethod() + " " + op.getPathUrl());
            }
        }
        return String.join("; ", lines);
    }

    private static List<Path> services() throws IOException {
        try (Stream<Path> dirs = Files.list(ApiDocumentContract.repositoryRoot().resolve("contracts"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("openapi.yaml"))).sorted().toList();
        }
    }

    private static Path lastReleased(Path service) throws IOException {
        Path released = service.resolve("released");
        assertThat(released).as(service + " keeps its released API documents").isDirectory();
        try (Stream<Path> files = Files.list(released)) {
            List<Path> versions = files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(ApiCompatibilityTest::version)).toList();
            assertThat(versions).as(service + ": a released document openapi-<major>.<minor>.<patch>.yaml").isNotEmpty();
            return versions.get(versions.size() - 1);
        }
    }

    private static String version(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Stream.of(m.group(1), m.group(2), m.group(3))
                .map(n -> String.format("%09d", Integer.parseInt(n))).collect(Collectors.joining("."));
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
