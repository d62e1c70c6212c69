package org.mutabaa.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The API document a service serves ({@code /q/openapi}) is the one committed in
 * {@code contracts/<service>/openapi.json} and {@code .yaml} (written together), which clients are generated from and the breaking-change
 * check reads. The build writes it there (quarkus.smallrye-openapi.store-schema-directory); this
 * fails when a change to the API was not built and committed with it. A service's {@code @QuarkusTest}
 * extends it with its test resources.
 */
public abstract class ApiDocumentContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        String served = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path committed = repositoryRoot().resolve("contracts").resolve(service).resolve("openapi.json");
        assertThat(committed).as("the committed API document").isRegularFile();
        // The same document, whatever order the serializer writes an object's members in.
        if (!JSON.readTree(Files.readString(committed)).equals(JSON.readTree(served))) {
            Path written = Path.of("target", "openapi-served.json").toAbsolutePath();
            Files.writeString(written, served);
            fail(committed + " is not the document " + service + " serves (written to " + written + "). Build the"
                    + " service (./mvnw package -pl " + service + " writes it), review the difference and commit it.");
        }
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contracts")) && Files.isRegularFile(dir.resolve("mutabaa"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with contracts/ and mutabaa) above " + Path.of("").toAbsolutePath());
    }
}
