package org.mutabaa.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local suite's keys: readable by their owner only, from the moment they exist, and kept. */
class TokensTest {

    @Test
    void keysAreCreatedReadableByTheirOwnerOnlyAndKept(@TempDir Path home) throws Exception {
        Path keys = home.resolve("keys");
        Tokens tokens = Tokens.in(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        for (String file : List.of("private.pem", "public.pem", "webhook-secret.key", "action-links.key")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        // Nothing half written is left behind.
        try (var files = Files.list(keys)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("private.pem", "public.pem", "webhook-secret.key", "action-links.key");
        }
        Map<String, String> env = tokens.env();
        assertThat(Base64.getDecoder().decode(env.get("MUTABAA_NOTIFICATIONS_WEBHOOKS_SECRET_KEY"))).hasSize(32);
        assertThat(Base64.getDecoder().decode(env.get("MUTABAA_ACTIONS_LINKS_KEY"))).hasSize(32)
                .isNotEqualTo(Base64.getDecoder().decode(env.get("MUTABAA_NOTIFICATIONS_WEBHOOKS_SECRET_KEY")));
        assertThat(Tokens.in(keys).env()).isEqualTo(env);
        assertThat(Files.readString(keys.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void aKeyFileIsNeverOnDiskWithBroaderPermissions(@TempDir Path dir) throws Exception {
        // The file appears under its name only once complete, created owner-only: a folder watcher
        // sees it arrive by a move, never created and then restricted.
        Path file = dir.resolve("private.pem");
        try (var watcher = dir.getFileSystem().newWatchService()) {
            dir.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                    java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            Tokens.writePrivately(file, "secret\n");
            List<String> touched = new java.util.ArrayList<>();
            while (!touched.contains("ENTRY_CREATE private.pem")) {
                var key = watcher.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(key).as("the file's arrival is seen").isNotNull();
                key.pollEvents().forEach(e -> touched.add(e.kind().name() + " " + e.context()));
                key.reset();
            }
            assertThat(touched).doesNotContain("ENTRY_MODIFY private.pem");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("secret\n");
    }
}
