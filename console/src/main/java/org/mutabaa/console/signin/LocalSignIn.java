package org.mutabaa.console.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import org.mutabaa.console.config.ConsoleConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Local sign-in: anyone at the machine picks an official of the directory (or an organisation's
 * secretariat) and gets a token signed with the suite's local key, as {@code ./mutabaa token}
 * does. Off unless {@code mutabaa.console.sign-in=local}; production signs in with OIDC.
 */
@ApplicationScoped
public class LocalSignIn {

    /** Someone who may sign in: an official, or the secretariat of an organisation. */
    public record Person(String kind, UUID officialId, UUID organisationId, String nameAr, String nameEn,
                         String titleAr, String titleEn, String countryCode, String preferredLanguage,
                         String timeZone) {
    }

    public record Session(String token, Instant expiresAt, String subject, UUID officialId, UUID organisationId,
                          Set<String> roles) {
    }

    private static final String ADMIN_SUBJECT = "mutabaa-console";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConsoleConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public LocalSignIn(ConsoleConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public boolean enabled() {
        return config.signIn() == ConsoleConfig.SignIn.LOCAL;
    }

    /** Every organisation's secretariat, then every active official, as the directory lists them. */
    public List<Person> people() {
        requireEnabled();
        List<Person> people = new ArrayList<>();
        Map<String, String> countries = new HashMap<>();
        for (JsonNode o : directory("/organisations?size=200").path("items")) {
            countries.put(o.path("id").asText(), text(o, "countryCode"));
            people.add(new Person("secretariat", null, uuid(o, "id"), text(o, "nameAr"), text(o, "nameEn"), null,
                    null, text(o, "countryCode"), null, null));
        }
        for (JsonNode o : directory("/officials?size=200").path("items")) {
            if (o.path("active").asBoolean(true)) {
                people.add(new Person("official", uuid(o, "id"), uuid(o, "organisationId"), text(o, "nameAr"),
                        text(o, "nameEn"), text(o, "titleAr"), text(o, "titleEn"),
                        countries.get(o.path("organisationId").asText()), text(o, "preferredLanguage"),
                        text(o, "timeZone")));
            }
        }
        return people;
    }

    /** A session for the official, with the official role, in their own organisation. */
    public Session asOfficial(UUID officialId) {
        requireEnabled();
        JsonNode official = directory("/officials/" + officialId);
        if (official == null || !official.path("active").asBoolean(true)) {
            throw new NotFoundException("no active official " + officialId + " in the directory");
        }
        return sign(officialId.toString(), officialId, uuid(official, "organisationId"), Set.of("official"));
    }

    /** A session for the organisation's secretariat (its subject is not an official). */
    public Session asSecretariat(UUID organisationId) {
        requireEnabled();
        if (directory("/organisations/" + organisationId) == null) {
            throw new NotFoundException("no organisation " + organisationId + " in the directory");
        }
        String subject = UUID.nameUUIDFromBytes(("secretariat:" + organisationId).getBytes(StandardCharsets.UTF_8))
                .toString();
        return sign(subject, null, organisationId, Set.of("secretariat"));
    }

    private Session sign(String subject, UUID officialId, UUID organisationId, Set<String> roles) {
        Instant expires = Instant.now().plus(config.local().tokenLifetime());
        var claims = Jwt.issuer(config.local().issuer()).audience(config.local().audience()).subject(subject)
                .upn(subject).groups(roles)
                .expiresAt(expires);
        if (organisationId != null) {
            claims.claim("org", organisationId.toString());
        }
        return new Session(claims.sign(), expires, subject, officialId, organisationId, roles);
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new NotFoundException("local sign-in is off; sign in with the organisation's identity provider");
        }
    }

    /** GET on meetings-service with a short-lived administrator token; null when it answers 404. */
    private JsonNode directory(String path) {
        String base = config.local().directory().orElse(config.api().meetings());
        String admin = Jwt.issuer(config.local().issuer()).audience(config.local().audience())
                .subject(ADMIN_SUBJECT).upn(ADMIN_SUBJECT).groups(Set.of("admin"))
                .expiresIn(Duration.ofMinutes(1)).sign();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + admin).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new ServiceUnavailableException("the directory (meetings-service) answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException("the directory (meetings-service) does not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : UUID.fromString(value);
    }
}
