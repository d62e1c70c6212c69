package org.mutabaa.infra.testkit;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.mutabaa.infra.JavaProcess;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTPS receiver of signed webhooks (the JDK's own server, a self-signed certificate made
 * by the JDK's keytool for {@code localhost}): answers 204 to a POST that carries Mutabaa's
 * signature headers, 400 to anything else, and counts both. The certificate is also written as a
 * trust store for the sender's JVM ({@link #trustStoreOptions()}).
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final String PASSWORD = "mutabaa-local";

    private final HttpsServer server;
    private final ExecutorService threads;
    private final Path trustStore;
    private final AtomicLong signed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    private WebhookReceiver(HttpsServer server, ExecutorService threads, Path trustStore) {
        this.server = server;
        this.threads = threads;
        this.trustStore = trustStore;
    }

    public static WebhookReceiver start(Path home, int port) throws Exception {
        Files.createDirectories(home);
        Path keyStore = home.resolve("receiver.p12");
        Path certificate = home.resolve("receiver.crt");
        Path trustStore = home.resolve("trust.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        JavaProcess.runTool("keytool", List.of(keytool.toString(), "-genkeypair", "-keyalg", "EC", "-groupname",
                "secp256r1", "-alias", "receiver", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD),
                home.resolve("keytool.log"), Duration.ofSeconds(60));
        JavaProcess.runTool("keytool", List.of(keytool.toString(), "-exportcert", "-alias", "receiver", "-keystore",
                keyStore.toString(), "-storepass", PASSWORD, "-file", certificate.toString()),
                home.resolve("keytool.log"), Duration.ofSeconds(60));
        JavaProcess.runTool("keytool", List.of(keytool.toString(), "-importcert", "-noprompt", "-alias", "receiver",
                "-file", certificate.toString(), "-storetype", "PKCS12", "-keystore", trustStore.toString(),
                "-storepass", PASSWORD), home.resolve("keytool.log"), Duration.ofSeconds(60));

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        WebhookReceiver receiver = new WebhookReceiver(server, threads, trustStore);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                boolean ok = "POST".equals(exchange.getRequestMethod())
                        && exchange.getRequestHeaders().getFirst("Mutabaa-Signature") != null
                        && exchange.getRequestHeaders().getFirst("Mutabaa-Timestamp") != null;
                (ok ? receiver.signed : receiver.refused).incrementAndGet();
                exchange.sendResponseHeaders(ok ? 204 : 400, -1);
            } catch (IOException e) {
                receiver.refused.incrementAndGet();
            }
        });
        server.start();
        return receiver;
    }

    /** The address to register as a webhook. */
    public String url(String path) {
        return "https://localhost:" + server.getAddress().getPort() + path;
    }

    /** JVM options with which a sender trusts this receiver's certificate. */
    public String trustStoreOptions() {
        return "-Djavax.net.ssl.trustStore=" + trustStore + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD
                + " -Djavax.net.ssl.trustStoreType=PKCS12";
    }

    /** Signed webhooks received so far. */
    public long signed() {
        return signed.get();
    }

    /** Requests refused (no signature, wrong method) so far. */
    public long refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
