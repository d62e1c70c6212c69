package org.mutabaa.actions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.mutabaa.actions.InfraResource;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.infra.testkit.TopicReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.all;
import static org.mutabaa.actions.Fixtures.*;

/**
 * A property of the actions API: whatever a client sends to work an action (its status, owner,
 * priority, due date, collaborators, progress, comments, evidence), the answer is a success or a
 * problem, never a failure of ours, and every event the accepted requests publish passes its
 * schema. Requests are generated from the API's request types (Instancio, fixed seed), with text
 * drawn from the seed meeting's Arabic and hostile fragments, dates from year 0 to 9999.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AcceptedRequestsProduceValidEventsTest {

    static final long SEED = 20261127L;
    static final int TRIES = 40;
    static final List<String> REALISTIC = List.of("أُنجزت مسودة مذكرة التفاهم وأُرسلت إلى الجانب العماني",
            "تأخر الرد من الجانب العماني", "Draft MoU sent to the Omani side", "مُحَمَّد الأَحْمَد 🇸🇾");
    static final List<String> HOSTILE = List.of("", " ", "\u00a0", "e\u0301", "\u202e", "\u2067", "\u2069", "\u200b",
            "\t", "\n", "\r", "\u0007", "<b>x</b>", "${7*7}", "ـ", "\"", "\\", "javascript:alert(1)",
            "https://docs.mocte.gov.sy/mou.pdf", "file:///etc/passwd");
    static final List<LocalDate> DATES = List.of(LocalDate.of(0, 1, 1), LocalDate.of(1899, 12, 31),
            LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(9999, 12, 31));

    @jakarta.inject.Inject
    org.mutabaa.actions.repository.OfficialRepository directory;

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final Map<String, Integer> accepted = new HashMap<>();
    final java.util.Random pick = new java.util.Random(SEED);
    List<String> actions = new ArrayList<>();
    final List<UUID> officials = List.of(UUID.fromString(SY_DIRECTOR_GENERAL), UUID.fromString(OM_UNDERSECRETARY),
            UUID.fromString(KHATIB));

    @Test
    void everyAcceptedRequestPublishesEventsTheirSchemasAccept() {
        // The officials requests may name (new owners, collaborators), known to this service's directory.
        publishOfficial(SY_DIRECTOR_GENERAL, ActionWorkflowTest.SY_NANS, "SY", "الهيئة الوطنية لخدمات الشبكة", null, null,
                "مدير عام الهيئة الوطنية لخدمات الشبكة", "ar", "Asia/Damascus", true);
        publishOfficial(KHATIB, SY_MOCT, "SY", "وزارة الاتصالات والتقانة", "إياد الخطيب", "Iyad al-Khatib",
                "وزير الاتصالات والتقانة", "ar", "Asia/Damascus", true);
        publishOfficial(OM_UNDERSECRETARY, OM_MTCIT, "OM", "وزارة النقل والاتصالات وتقنية المعلومات", null, null,
                "وكيل الوزارة", "en", "Asia/Muscat", true);
        for (UUID official : officials) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                    () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                            .call(() -> directory.findByIdOptional(official).isPresent()));
        }
        for (int i = 0; i < 4; i++) {
            ObjectNode event = adopted();
            publishDecision(event);
            awaitActions(decisionId(event), 2);
            actions.addAll(actions(decisionId(event)).stream().map(a -> (String) a.get("id")).toList());
        }
        List<Requests.StatusChange> statuses = generate(Requests.StatusChange.class).stream().limit(TRIES * 2).toList();
        List<Requests.Reassignment> reassignments = generate(Requests.Reassignment.class).stream().limit(TRIES).toList();
        List<Requests.ActionChange> changes = generate(Requests.ActionChange.class).stream().limit(TRIES).toList();
        List<Requests.ProgressReport> progress = generate(Requests.ProgressReport.class)
                .supply(all(Integer.class), r -> r.oneOf(-1, 0, 40, 100, 101)).stream().limit(TRIES).toList();
        List<Requests.NewComment> comments = generate(Requests.NewComment.class).stream().limit(TRIES).toList();
        List<Requests.NewAttachment> attachments = generate(Requests.NewAttachment.class).stream().limit(TRIES).toList();
        for (int i = 0; i < TRIES; i++) {
            send("post", "/status", "status", statuses.get(2 * i));
            send("post", "/status", "status", statuses.get(2 * i + 1));
            send("post", "/reassignment", "reassignment", reassignments.get(i));
            send("patch", "", "change", changes.get(i));
            send("post", "/progress", "progress", progress.get(i));
            send("post", "/comments", "comment", comments.get(i));
            send("post", "/attachments", "attachment", attachments.get(i));
        }
        assertThat(accepted).as("accepted requests by shape")
                .containsKeys("status", "reassignment", "change", "progress", "comment", "attachment");

        awaitAllConsumed();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> actions.stream()
                .allMatch(a -> !published(a).isEmpty()));
        List<String> violations = new ArrayList<>();
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(bootstrap(), InfraResource.actionsTopic);
        for (ConsumerRecord<String, String> record : records) {
            String type = tree(record).path("type").asText();
            // org.mutabaa.action.status-changed.v1 is described by action-status-changed.v1.schema.json
            String name = type.substring("org.mutabaa.".length());
            String schema = name.substring(0, name.lastIndexOf(".v")).replace('.', '-') + name.substring(name.lastIndexOf(".v"));
            List<String> errors = Contracts.violations("actions-service", schema, record.value());
            if (!errors.isEmpty()) {
                violations.add(type + " " + record.key() + ": " + errors);
            }
        }
        assertThat(records).hasSizeGreaterThan(actions.size());
        assertThat(violations).isEmpty();
    }

    /** Sends the request to one of the actions; a success, or a problem — never a 5xx. */
    private void send(String method, String path, String shape, Object body) {
        String action = actions.get(pick.nextInt(actions.size()));
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Response response = given().contentType(ContentType.JSON).body(text).when()
                .request(method, "/actions/" + action + path);
        int status = response.statusCode();
        assertThat(status).as("%s %s %s answered %s", method, path, text, response.asString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.contentType()).as("%s %s %s", method, path, text).startsWith("application/problem+json");
        } else {
            accepted.merge(shape, 1, Integer::sum);
        }
    }

    private <T> InstancioApi<T> generate(Class<T> type) {
        return Instancio.of(type).withSeed(SEED).lenient()
                .withSettings(Settings.create().set(Keys.COLLECTION_MIN_SIZE, 0).set(Keys.COLLECTION_MAX_SIZE, 3))
                .withNullable(all(String.class)).withNullable(all(LocalDate.class)).withNullable(all(List.class))
                .supply(all(String.class), this::text)
                .supply(all(LocalDate.class), r -> r.trueOrFalse(0.7)
                        ? LocalDate.of(2027, 1, 1).plusDays(r.intRange(0, 700)) : r.oneOf(DATES))
                .supply(all(UUID.class), r -> r.trueOrFalse(0.2) ? new UUID(r.longRange(1, Long.MAX_VALUE), 42)
                        : r.oneOf(officials));
    }

    private String text(Random r) {
        if (r.trueOrFalse(0.7)) {
            return r.oneOf(REALISTIC);
        }
        StringBuilder out = new StringBuilder();
        for (int n = r.intRange(1, 3); n > 0; n--) {
            out.append(r.oneOf(HOSTILE));
        }
        return out.toString();
    }
}
