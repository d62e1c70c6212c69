package org.mutabaa.platform.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's copy of the directory makes of the contracts' own examples
 * ({@code contracts/meetings-service/official-*.v1.example.json}), decoded by the service's own
 * codec and applied through its {@link OfficialDirectory}. A service's {@code @QuarkusTest} extends
 * it with nothing but its test resources; each example is given a fresh official id, so the test
 * shares the service's database with any other.
 */
public abstract class OfficialProjectionContract {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EventCodec codec;

    @Inject
    OfficialDirectory directory;

    /** Hands an envelope to the service as its consumer would: decoded by the service's own codec. */
    private void apply(String envelope) {
        CloudEvent event = codec.read(envelope);
        OfficialEvent data = codec.data(event, OfficialEvent.class);
        if (OfficialEvent.UPSERTED.equals(event.type())) {
            directory.upserted(UUID.fromString(event.id()), data);
        } else {
            directory.deactivated(UUID.fromString(event.id()), data);
        }
    }

    /** The service's copy of the official, read in a transaction of its own; null when it holds none. */
    private ProjectedOfficial copyOf(UUID officialId) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(officialId).orElse(null));
    }

    /** The example envelope of {@code official-<name>.v1}, from the repository's contracts/. */
    private static String example(String name) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("contracts/meetings-service/official-" + name + ".v1.example.json");
            if (Files.isRegularFile(example)) {
                return Files.readString(example);
            }
        }
        throw new IllegalStateException("contracts/ not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theUpsertedExampleIsKeptAsItSays() {
        UUID official = UUID.randomUUID();
        ObjectNode upserted = event("upserted", official);

        apply(upserted.toString());

        ProjectedOfficial copy = copyOf(official);
        ObjectNode data = (ObjectNode) upserted.get("data");
        assertThat(copy).isNotNull();
        assertThat(copy.organisationId).hasToString(data.at("/organisation/id").asText());
        assertThat(copy.countryCode).isEqualTo("SY");
        assertThat(copy.titleAr).isEqualTo("مدير عام الهيئة الوطنية لخدمات الشبكة");
        assertThat(copy.titleEn).isEqualTo("Director General of the National Agency for Network Services");
        assertThat(copy.nameAr).isNull();
        assertThat(copy.preferredLanguage).isEqualTo("ar");
        assertThat(copy.timeZone).isEqualTo("Asia/Damascus");
        assertThat(copy.active).isTrue();
        assertThat(copy.changedAt).isEqualTo(OffsetDateTime.parse(data.get("changedAt").asText()));
    }

    @Test
    void anOlderStateChangesNothingAndAZoneTheJdkDoesNotKnowIsNone() {
        UUID official = UUID.randomUUID();
        ObjectNode upserted = event("upserted", official);
        apply(upserted.toString());

        ObjectNode older = event("upserted", official);
        ((ObjectNode) older.get("data")).put("titleEn", "An older title")
                .put("changedAt", OffsetDateTime.parse(upserted.at("/data/changedAt").asText()).minusDays(1).toString());
        apply(older.toString());
        assertThat(copyOf(official).titleEn).isEqualTo("Director General of the National Agency for Network Services");

        ObjectNode newer = event("upserted", official);
        ((ObjectNode) newer.get("data")).put("timeZone", "Mars/Olympus_Mons").put("preferredLanguage", "fr")
                .put("changedAt", OffsetDateTime.parse(upserted.at("/data/changedAt").asText()).plusDays(1).toString());
        apply(newer.toString());
        assertThat(copyOf(official).timeZone).isNull();
        assertThat(copyOf(official).preferredLanguage).isEqualTo("ar");
    }

    @Test
    void theDeactivatedExampleEndsItFromWhenItSays() {
        UUID official = UUID.randomUUID();
        apply(event("upserted", official).toString());
        ObjectNode deactivated = event("deactivated", official);

        apply(deactivated.toString());

        ProjectedOfficial copy = copyOf(official);
        assertThat(copy.active).isFalse();
        assertThat(copy.changedAt).isEqualTo(OffsetDateTime.parse(deactivated.at("/data/deactivatedAt").asText()));

        // The directory's state from before the deactivation does not bring them back.
        apply(event("upserted", official).toString());
        assertThat(copyOf(official).active).isFalse();
    }

    private ObjectNode event(String name, UUID official) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(example(name));
            event.put("id", UUID.randomUUID().toString()).put("subject", "officials/" + official);
            ((ObjectNode) event.get("data")).put("officialId", official.toString());
            return event;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
