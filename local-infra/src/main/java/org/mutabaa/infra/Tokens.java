package org.mutabaa.infra;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs the suite's bearer tokens for local use and tests (RS256 JWTs) with a key pair kept in a
 * directory: generated on first use, never committed. Services verify them with the public key
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}) and the issuer {@value #ISSUER}.
 */
public final class Tokens {

    public static final String ISSUER = "https://mutabaa.local/issuer";
    /** The audience the services accept ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "mutabaa";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final String issuer;

    private Tokens(PrivateKey privateKey, Path privateKeyFile, Path publicKeyFile, String issuer) {
        this.privateKey = privateKey;
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
        this.issuer = issuer;
    }

    /** The key pair in {@code dir} (private.pem, public.pem), created on first use. */
    public static Tokens in(Path dir) {
        return in(dir, ISSUER);
    }

    public static Tokens in(Path dir, String issuer) {
        try {
            Path privatePem = dir.resolve("private.pem");
            Path publicPem = dir.resolve("public.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                createPrivateDirectory(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writePrivately(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                writePrivately(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            for (String name : List.of(WEBHOOK_SECRET_KEY, ACTION_LINKS_KEY)) {
                Path secretKey = dir.resolve(name);
                if (!Files.exists(secretKey)) {
                    createPrivateDirectory(dir);
                    byte[] raw = new byte[32];
                    new java.security.SecureRandom().nextBytes(raw);
                    writePrivately(secretKey, java.util.Base64.getEncoder().encodeToString(raw) + "\n");
                }
            }
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privatePem))));
            return new Tokens(key, privatePem, publicPem, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key file the services verify with. */
    public Path publicKey() {
        return publicKeyFile;
    }

    /** The private key file: only the web console's local sign-in signs with it, besides this class. */
    public Path privateKey() {
        return privateKeyFile;
    }

    public String issuer() {
        return issuer;
    }

    /**
     * The environment a service verifies these tokens with, and the key notifications-service
     * encrypts webhook secrets with (kept beside the token keys).
     */
    public Map<String, String> env() {
        String secretKey;
        String linksKey;
        try {
            secretKey = Files.readString(publicKeyFile.resolveSibling(WEBHOOK_SECRET_KEY)).strip();
            linksKey = Files.readString(publicKeyFile.resolveSibling(ACTION_LINKS_KEY)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", issuer,
                "MUTABAA_NOTIFICATIONS_WEBHOOKS_SECRET_KEY", secretKey,
                "MUTABAA_ACTIONS_LINKS_KEY", linksKey);
    }

    /** The file holding the key actions-service signs action links with (32 bytes, Base64). */
    static final String ACTION_LINKS_KEY = "action-links.key";

    /** The file holding the key webhook secrets are encrypted with (32 bytes, Base64). */
    static final String WEBHOOK_SECRET_KEY = "webhook-secret.key";

    /** Creates {@code dir} readable by this user only, if it is not there. */
    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /**
     * Writes {@code file} so that no one but this user can ever read it: a temporary file created
     * with owner-only permissions in the same folder, then moved into place in one step. No moment
     * exists where the key is on disk with broader permissions, or half written.
     */
    static void writePrivately(Path file, String content) throws IOException {
        Path temporary;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        }
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A token for the official, of their organisation, with the roles given, valid for {@code lifetime}. */
    public String issue(String officialId, String organisationId, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        return issue(officialId, organisationId, roles, now, now.plus(lifetime));
    }

    public String issue(String officialId, String organisationId, List<String> roles, Instant issuedAt,
                        Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", officialId);
        claims.put("upn", officialId);
        if (organisationId != null) {
            claims.put("org", organisationId);
        }
        claims.put("groups", roles);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return sign(claims);
    }

    /** Signs any claims (tests use it for tokens that must be refused). */
    public String sign(Map<String, Object> claims) {
        try {
            String header = B64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rsa.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
