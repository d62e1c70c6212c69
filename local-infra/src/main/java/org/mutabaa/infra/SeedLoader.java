package org.mutabaa.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the reference meeting (the Syrian–Omani ministerial meeting of the seed report) through
 * the meetings-service REST API, exactly as a secretariat would record it: directory, the held
 * meeting, its decisions as drafts, then the approval of the minutes, which adopts them. References between
 * records in the seed file ({@code ref}, {@code organisationRef}, {@code officialRef},
 * {@code ownerRefs}, {@code ownerOrganisationRefs}) are replaced by the ids the service returns.
 */
public final class SeedLoader {

    public static final String SEED_RESOURCE = "/seed/syria-oman-meeting.json";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI meetings;
    private final String bearerToken;

    /** Loads through meetings-service's API with the token given (a secretariat's or an admin's). */
    public SeedLoader(URI meetingsBaseUri, String bearerToken) {
        this.meetings = meetingsBaseUri;
        this.bearerToken = bearerToken;
    }

    /** The result: the seed's reference names mapped to the ids the service gave them. */
    public record Loaded(String meetingId, Map<String, String> officialIds, List<String> decisionIds,
                         Map<String, String> organisationIds) {
    }

    /** Loads the seed unless a meeting exists already; returns null when it skipped. */
    public Loaded loadIfEmpty() {
        JsonNode existing = call("GET", "/meetings", null);
        if (existing.path("items").size() > 0) {
            return null;
        }
        return load();
    }

    public Loaded load() {
        JsonNode seed = readSeed();
        Map<String, String> organisations = new HashMap<>();
        for (JsonNode org : seed.get("organisations")) {
            ObjectNode body = org.deepCopy();
            String ref = body.remove("ref").asText();
            organisations.put(ref, call("POST", "/organisations", body).get("id").asText());
        }
        Map<String, String> officials = new HashMap<>();
        for (JsonNode official : seed.get("officials")) {
            ObjectNode body = official.deepCopy();
            String ref = body.remove("ref").asText();
            body.put("organisationId", organisations.get(body.remove("organisationRef").asText()));
            officials.put(ref, call("POST", "/officials", body).get("id").asText());
        }
        ObjectNode meeting = seed.get("meeting").deepCopy();
        if (!meeting.hasNonNull("startsAt")) {
            // The report says the meeting was held "yesterday" (أمس).
            ZoneId zone = ZoneId.of(meeting.get("timeZone").asText());
            meeting.put("startsAt", ZonedDateTime.of(LocalDate.now(zone).minusDays(1), LocalTime.of(11, 0), zone)
                    .toOffsetDateTime().toString());
        }
        // The Syrian ministry's secretariat published the report: it records and manages the meeting.
        meeting.put("recordedBy", organisations.get(meeting.remove("recordedByRef").asText()));
        for (JsonNode delegation : meeting.get("delegations")) {
            ObjectNode d = (ObjectNode) delegation;
            d.put("organisationId", organisations.get(d.remove("organisationRef").asText()));
            for (JsonNode participant : d.get("participants")) {
                ObjectNode p = (ObjectNode) participant;
                p.put("officialId", officials.get(p.remove("officialRef").asText()));
            }
        }
        String meetingId = call("POST", "/meetings", meeting).get("id").asText();
        List<String> decisionIds = new java.util.ArrayList<>();
        for (JsonNode decision : seed.get("decisions")) {
            ObjectNode body = decision.deepCopy();
            ArrayNode owners = json.createArrayNode();
            for (JsonNode ref : body.remove("ownerRefs")) {
                owners.add(officials.get(ref.asText()));
            }
            body.set("ownerIds", owners);
            if (body.has("ownerOrganisationRefs")) {
                ArrayNode organisationOwners = json.createArrayNode();
                for (JsonNode ref : body.remove("ownerOrganisationRefs")) {
                    organisationOwners.add(organisations.get(ref.asText()));
                }
                body.set("ownerOrganisationIds", organisationOwners);
            }
            decisionIds.add(call("POST", "/meetings/" + meetingId + "/decisions", body).get("id").asText());
        }
        // The meeting was held; approving its minutes adopts every decision recorded.
        call("POST", "/meetings/" + meetingId + "/minutes/approval", null);
        return new Loaded(meetingId, Map.copyOf(officials), List.copyOf(decisionIds), Map.copyOf(organisations));
    }

    private JsonNode readSeed() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(SEED_RESOURCE)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SEED_RESOURCE, e);
        }
    }

    private JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpResponse<String> response = http.send(ApiRequests.of(meetings, bearerToken, method, path, body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
