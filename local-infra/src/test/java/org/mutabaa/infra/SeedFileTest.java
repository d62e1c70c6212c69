package org.mutabaa.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed meeting {@code ./mutabaa up} loads: every reference between its records names a record
 * of the file (the loader replaces each with the id the service gives), and its Arabic is stored
 * composed (NFC), as the API keeps it.
 */
class SeedFileTest {

    static JsonNode seed() throws Exception {
        try (InputStream in = SeedLoader.class.getResourceAsStream(SeedLoader.SEED_RESOURCE)) {
            assertThat(in).as(SeedLoader.SEED_RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyReferenceNamesARecordOfTheFile() throws Exception {
        JsonNode seed = seed();
        Set<String> organisations = refs(seed.get("organisations"));
        Set<String> officials = refs(seed.get("officials"));
        List<String> broken = new ArrayList<>();

        seed.get("officials").forEach(o -> check(organisations, o.path("organisationRef"), "official " + o.get("ref"), broken));
        JsonNode meeting = seed.get("meeting");
        check(organisations, meeting.path("recordedByRef"), "meeting recordedByRef", broken);
        meeting.get("delegations").forEach(d -> {
            check(organisations, d.path("organisationRef"), "delegation", broken);
            d.get("participants").forEach(p -> check(officials, p.path("officialRef"), "participant", broken));
        });
        int agendaItems = meeting.get("agenda").size();
        seed.get("decisions").forEach(decision -> {
            decision.path("ownerRefs").forEach(ref -> check(officials, ref, "decision owner", broken));
            assertThat(decision.get("agendaItem").asInt()).isBetween(1, agendaItems);
        });

        assertThat(broken).isEmpty();
        assertThat(organisations).hasSize(seed.get("organisations").size());
        assertThat(officials).hasSize(seed.get("officials").size());
        assertThat(seed.get("decisions")).isNotEmpty();
    }

    @Test
    void itsArabicIsComposedAndItsHeadsAreNamed() throws Exception {
        JsonNode seed = seed();
        List<String> texts = new ArrayList<>();
        collect(seed, texts);
        assertThat(texts).isNotEmpty().allSatisfy(text ->
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue());
        assertThat(seed.at("/officials/0/nameAr").asText()).isEqualTo("إياد الخطيب");
        assertThat(seed.get("meeting").get("delegations")).allSatisfy(d ->
                assertThat(d.get("participants").findValuesAsText("role")).contains("HEAD"));
    }

    private static Set<String> refs(JsonNode records) {
        Set<String> refs = new HashSet<>();
        records.forEach(r -> refs.add(r.get("ref").asText()));
        return refs;
    }

    private static void check(Set<String> known, JsonNode ref, String where, List<String> broken) {
        if (!ref.isTextual() || !known.contains(ref.asText())) {
            broken.add(where + " names " + ref);
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
