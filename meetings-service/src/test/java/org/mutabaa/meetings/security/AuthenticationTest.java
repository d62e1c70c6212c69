package org.mutabaa.meetings.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.testkit.TestInfra;
import org.mutabaa.infra.Tokens;
import org.mutabaa.meetings.InfraResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every endpoint but health and the API description needs a valid bearer token of the suite's
 * issuer; roles decide who may change the directory and meetings. Each refusal changes nothing.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AuthenticationTest {

    static final String OFFICIAL = UUID.randomUUID().toString();

    @Test
    void noTokenIsAnUnauthorizedProblem() {
        given().auth().none().when().get("/meetings").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().auth().none().header("Authorization", "Bearer not-a-token").when().get("/organisations")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredForeignWronglyIssuedAndOtherAudiencesTokensAreRefused() throws Exception {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = TestInfra.tokens().issue(OFFICIAL, null, List.of("admin"), hourAgo.minusSeconds(600), hourAgo);
        String otherKey = Tokens.in(Files.createTempDirectory("other-keys"))
                .issue(OFFICIAL, null, List.of("admin"), Duration.ofHours(1));
        String otherIssuer = Tokens.in(Path.of(System.getProperty("mutabaa.test.keys")), "https://elsewhere.example")
                .issue(OFFICIAL, null, List.of("admin"), Duration.ofHours(1));
        // Signed by our identity provider, but for another of its clients, or for no one in particular.
        Map<String, Object> claims = new java.util.LinkedHashMap<>(Map.of("iss", TestInfra.tokens().issuer(),
                "sub", OFFICIAL, "upn", OFFICIAL, "groups", List.of("admin"),
                "iat", Instant.now().getEpochSecond(), "exp", Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
        String noAudience = TestInfra.tokens().sign(claims);
        claims.put("aud", "account");
        String otherAudience = TestInfra.tokens().sign(claims);
        for (String token : List.of(expired, otherKey, otherIssuer, noAudience, otherAudience)) {
            given().auth().oauth2(token).when().get("/meetings").then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "MINISTRY", "countryCode", "SY", "nameAr", "وزارة مزوّرة"))
                    .when().post("/organisations").then().statusCode(401);
        }
        given().queryParam("size", 200).when().get("/organisations").then().statusCode(200)
                .body("items.nameAr", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("وزارة مزوّرة")));
    }

    @Test
    void anOfficialReadsButOnlyTheSecretariatRecords() {
        String official = TestInfra.token(OFFICIAL, null, "official");
        String secretariat = TestInfra.token(UUID.randomUUID().toString(), null, "secretariat");
        Map<String, String> ministry = Map.of("kind", "MINISTRY", "countryCode", "OM",
                "nameAr", "وزارة النقل والاتصالات وتقنية المعلومات", "nameEn", "Ministry of Transport");
        given().auth().oauth2(official).contentType(ContentType.JSON).body(ministry)
                .when().post("/organisations").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(official).when().get("/meetings").then().statusCode(200);
        given().auth().oauth2(TestInfra.token(OFFICIAL, null)).when().get("/meetings").then().statusCode(403);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(ministry)
                .when().post("/organisations").then().statusCode(201);
    }

    @Test
    void healthAndTheApiDescriptionNeedNoToken() {
        given().auth().none().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
        // The probes of deploy/: started, live and ready.
        given().auth().none().when().get("/q/health/started").then().statusCode(200);
        given().auth().none().when().get("/q/health/live").then().statusCode(200);
        given().auth().none().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
        given().auth().none().when().get("/q/openapi").then().statusCode(200);
    }
}
