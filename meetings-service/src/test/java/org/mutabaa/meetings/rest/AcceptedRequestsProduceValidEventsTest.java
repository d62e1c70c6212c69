package org.mutabaa.meetings.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.instancio.Instancio;
import org.instancio.InstancioApi;
import org.instancio.Random;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.testkit.TopicReader;
import org.mutabaa.meetings.InfraResource;
import org.mutabaa.meetings.SeedData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.instancio.Select.all;
import static org.instancio.Select.field;

/**
 * A property of the whole API: whatever a client sends, the answer is a success or a problem
 * (never a failure of ours), and every request accepted produces events their own schemas accept.
 * The requests are generated from the API's request types (Instancio, a fixed seed so a failure
 * can be replayed), with text drawn from what real clients send and what hostile ones do: the
 * seed meeting's Arabic, empty and blank strings, combining marks, bidirectional controls, control
 * characters, markup, and dates from year 0 to 9999.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AcceptedRequestsProduceValidEventsTest {

    static final long SEED = 20261127L;
    static final int TRIES = 80;
    /** Share of generated bodies whose references (ids, delegations) are made to point at real items. */
    static final double REFERENCES_MENDED = 0.7;

    static final List<String> FRAGMENTS = List.of("", " ", "\u00a0", "\u3000", SeedData.KHATIB_AR, SeedData.MAAWALI_AR,
            SeedData.NANS_DG_TITLE_AR, "Iyad al-Khatib", "e\u0301", "\u0627\u0651", "\u202e", "\u2067", "\u2069", "\u200f",
            "\u200b", "\t", "\n", "\r", "\u0007", "\ud83c\uddf8\ud83c\uddfe", "<b>x</b>", "*_[x](javascript:1)", "${7*7}",
            "ـ", "\"", "\\");
    static final List<String> REALISTIC = List.of(SeedData.KHATIB_AR, SeedData.MAAWALI_AR, SeedData.NANS_DG_TITLE_AR,
            SeedData.DECISION_2_AR, "Iyad al-Khatib", "تطوير إستراتيجية أمن المعلومات السيبراني",
            "Computer emergency response centres (CERTs)", "مُحَمَّد الأَحْمَد 🇸🇾", "Zoom (منصة زوم)");
    static final List<LocalDate> DATES = List.of(LocalDate.of(0, 1, 1), LocalDate.of(1899, 12, 31),
            LocalDate.of(1900, 1, 1), LocalDate.of(2026, 11, 27), LocalDate.of(2027, 3, 31), LocalDate.of(2199, 12, 31),
            LocalDate.of(2200, 1, 1), LocalDate.of(9999, 12, 31));

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final List<String> refusals = new ArrayList<>();
    final java.util.Random mend = new java.util.Random(SEED);
    SeedData seed;
    List<UUID> officials;
    List<UUID> organisations;

    @Test
    void everyAcceptedRequestProducesEventsTheirSchemasAccept() {
        seed = SeedData.record();
        officials = List.of(UUID.fromString(seed.khatib), UUID.fromString(seed.maawali),
                UUID.fromString(seed.nansDirectorGeneral), UUID.fromString(seed.omUndersecretary));
        organisations = List.of(UUID.fromString(seed.syMinistry), UUID.fromString(seed.omMinistry));
        List<String> subjects = new ArrayList<>();
        Map<String, Integer> accepted = new HashMap<>();

        for (Requests.NewOrganisation body : generate(Requests.NewOrganisation.class)
                .supply(field(Requests.NewOrganisation.class, "countryCode"), r -> r.oneOf("SY", "OM", "sy", "S", ""))
                .stream().limit(TRIES).toList()) {
            // Organisations publish no event of their own: they travel inside officials' and decisions'.
            if (send("post", "/organisations", body) != null) {
                accepted.merge("organisation", 1, Integer::sum);
            }
        }
        for (Requests.NewOfficial body : generate(Requests.NewOfficial.class)
                .supply(field(Requests.NewOfficial.class, "email"),
                        r -> r.oneOf(null, "dg@nans.gov.sy", "not an address", "وزير@example.sy"))
                .supply(field(Requests.NewOfficial.class, "timeZone"),
                        r -> r.oneOf(null, "Asia/Damascus", "Asia/Muscat", "Mars/Olympus", ""))
                .supply(field(Requests.NewOfficial.class, "phone"), r -> r.oneOf(null, "+963 11 000 0000", "\u202e"))
                .stream().limit(TRIES).toList()) {
            Map<String, Object> official = json.convertValue(body, Map.class);
            if (mend.nextDouble() < REFERENCES_MENDED) {
                official.put("organisationId", seed.syMinistry);
            }
            String id = send("post", "/officials", official);
            if (id != null) {
                subjects.add(id);
                accepted.merge("official", 1, Integer::sum);
                // The same shape again, as a change to the official just created.
                send("put", "/officials/" + id, official);
            }
        }
        for (Requests.NewMeeting body : generate(Requests.NewMeeting.class)
                .supply(field(Requests.NewMeeting.class, "timeZone"), r -> r.oneOf("Asia/Damascus", "Asia/Muscat", "UTC", "Nowhere/City"))
                .stream().limit(TRIES).toList()) {
            Map<String, Object> meeting = json.convertValue(body, Map.class);
            if (mend.nextDouble() < REFERENCES_MENDED) {
                // The seed's delegations, so that the rest of the body is what is tried.
                meeting.put("delegations", SeedData.meetingBody(seed).get("delegations"));
                meeting.put("recordedBy", mend.nextBoolean() ? null : seed.syMinistry);
            }
            if (send("post", "/meetings", meeting) != null) {
                accepted.merge("meeting", 1, Integer::sum);
            }
        }
        List<Requests.NewDecision> decisions = generate(Requests.NewDecision.class)
                .supply(field(Requests.NewDecision.class, "agendaItem"), r -> r.oneOf(null, 1, 2, 3))
                .supply(field(Requests.NewDecision.class, "dueInWorkingDays"), r -> r.oneOf(null, null, 1, 10, 365))
                .stream().limit(TRIES * 2).toList();
        for (int i = 0; i + 1 < decisions.size(); i += 2) {
            String id = send("post", "/meetings/" + seed.meeting + "/decisions", mended(decisions.get(i)));
            if (id == null) {
                continue;
            }
            Response adopted = given().when().post("/decisions/{id}/adopt", id);
            assertThat(adopted.statusCode()).as("adopting %s", id).isIn(200, 400, 409);
            if (adopted.statusCode() == 200) {
                subjects.add(id);
                accepted.merge("decision", 1, Integer::sum);
                send("put", "/decisions/" + id, mended(decisions.get(i + 1)));
                send("post", "/decisions/" + id + "/revoke",
                        Map.of("reason", decisions.get(i + 1).textAr() == null ? "" : decisions.get(i + 1).textAr()));
            }
        }

        // Enough of each shape got through for the property to say something.
        assertThat(accepted).as("accepted requests by shape").containsKeys("organisation", "official", "meeting", "decision");
        assertThat(refusals).as("refusals by field").isNotEmpty();

        // Every accepted item's events have reached Kafka; every event there passes its schema.
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            List<String> published = published().stream().map(ConsumerRecord::key).toList();
            return published.containsAll(subjects);
        });
        List<String> violations = new ArrayList<>();
        for (ConsumerRecord<String, String> record : published()) {
            JsonNode event = read(record.value());
            String type = event.path("type").asText();
            // org.mutabaa.official.upserted.v1 is described by official-upserted.v1.schema.json
            String name = type.substring("org.mutabaa.".length());
            String schema = name.substring(0, name.lastIndexOf(".v")).replace('.', '-') + name.substring(name.lastIndexOf(".v"));
            List<String> errors = Contracts.violations("meetings-service", schema, record.value());
            if (!errors.isEmpty()) {
                violations.add(type + " " + record.key() + ": " + errors);
            }
        }
        assertThat(violations).isEmpty();
    }

    private List<ConsumerRecord<String, String>> published() {
        List<ConsumerRecord<String, String>> all = new ArrayList<>(
                TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), InfraResource.officialsTopic));
        all.addAll(TopicReader.readAll(TestInfra.endpoints().bootstrapServers(), InfraResource.decisionsTopic));
        return all;
    }

    /** Most decisions with owners that exist (officials as officials, organisations as organisations). */
    private Map<String, Object> mended(Requests.NewDecision decision) {
        Map<String, Object> body = json.convertValue(decision, Map.class);
        // A due date or a number of working days, not both (both is refused, naming dueInWorkingDays).
        if (body.get("dueInWorkingDays") != null && mend.nextDouble() < REFERENCES_MENDED) {
            body.remove("dueDate");
        }
        if (mend.nextDouble() < REFERENCES_MENDED) {
            body.put("ownerIds", mend.nextBoolean() ? List.of(seed.khatib) : List.of(seed.maawali, seed.omUndersecretary));
            body.put("ownerOrganisationIds", mend.nextBoolean() ? List.of() : List.of(seed.omMinistry));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Requests.NewActionItem item : decision.actionItems() == null ? List.<Requests.NewActionItem>of()
                    : decision.actionItems()) {
                Map<String, Object> mendedItem = json.convertValue(item, Map.class);
                mendedItem.put("ownerId", mend.nextBoolean() ? seed.nansDirectorGeneral : null);
                mendedItem.put("ownerOrganisationId", mendedItem.get("ownerId") == null ? seed.syMinistry : null);
                items.add(mendedItem);
            }
            body.put("actionItems", items);
            // A lead with a counterpart on the other delegation, for a decision its owners follow.
            boolean syrian = ((List<?>) body.get("ownerIds")).contains(seed.khatib);
            body.put("counterparts", !items.isEmpty() || mend.nextBoolean() ? List.of()
                    : List.of(Map.of("ownerId", syrian ? seed.khatib : seed.maawali,
                            "counterpartId", syrian ? seed.maawali : seed.khatib)));
        }
        return body;
    }

    /** The request's answer: the new item's id when accepted; a problem otherwise, never a 5xx. */
    private String send(String method, String path, Object body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Response response = given().contentType(ContentType.JSON).body(text).when().request(method, path);
        int status = response.statusCode();
        assertThat(status).as("%s %s %s answered %s", method, path, text, response.asString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.contentType()).as("%s %s %s", method, path, text).startsWith("application/problem+json");
            refusals.addAll(response.jsonPath().getList("errors.field", String.class));
            return null;
        }
        assertThat(status).as("%s %s %s", method, path, text).isIn(200, 201);
        return response.jsonPath().getString("id");
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generated instances of a request type, its text, dates, ids and lists drawn as described above. */
    private <T> InstancioApi<T> generate(Class<T> type) {
        return Instancio.of(type).withSeed(SEED).lenient()
                .withSettings(Settings.create().set(Keys.COLLECTION_MIN_SIZE, 0).set(Keys.COLLECTION_MAX_SIZE, 3))
                .withNullable(all(String.class)).withNullable(all(LocalDate.class)).withNullable(all(List.class))
                .supply(all(String.class), this::text)
                .supply(all(LocalDate.class), this::date)
                .supply(all(OffsetDateTime.class), r -> date(r).atTime(11, 0).atOffset(ZoneOffset.ofHours(3)))
                .supply(all(UUID.class), r -> r.trueOrFalse(0.1) ? new UUID(r.longRange(1, Long.MAX_VALUE), 42)
                        : r.oneOf(r.trueOrFalse() ? officials : organisations));
    }

    private LocalDate date(Random r) {
        return r.trueOrFalse(0.7) ? LocalDate.of(2027, 1, 1).plusDays(r.intRange(0, 700)) : r.oneOf(DATES);
    }

    private String text(Random r) {
        if (r.trueOrFalse(0.8)) {
            return r.oneOf(REALISTIC);
        }
        if (r.trueOrFalse(0.05)) {
            return "ا".repeat(r.intRange(490, 520));
        }
        StringBuilder out = new StringBuilder();
        for (int n = r.intRange(0, 3); n > 0; n--) {
            out.append(r.oneOf(FRAGMENTS));
        }
        return out.toString();
    }
}
