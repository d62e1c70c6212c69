package org.mutabaa.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mutabaa.infra.Infra;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.Ports;
import org.mutabaa.infra.ServiceProcess;
import org.mutabaa.infra.Suite;
import org.mutabaa.infra.testkit.TestInfra;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the packaged suite once for all end-to-end tests: meetings, actions and notifications
 * as three separate JVMs on the shared broker and PostgreSQL of the test run, each with a fresh
 * database, on the production topic names. Their logs are in {@code e2e-tests/target/suite-logs}.
 */
public class SuiteExtension implements BeforeAllCallback {

    private static Suite suite;
    private static MailServer mail;
    private static int consolePort;
    private static int smtpPort;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SuiteExtension.class) {
            if (suite == null) {
                RestAssured.authentication = RestAssured.oauth2(TestInfra.adminToken());
                Infra.Endpoints infra = TestInfra.endpoints();
                int smtp = Ports.free();
                smtpPort = smtp;
                mail = MailServer.start(smtp, 0);
                consolePort = Ports.free();
                Map<String, String> env = env(smtp);
                env.putAll(Suite.consoleEnv(consolePort));
                suite = Suite.start(ROOT, infra, Ports.free(), Ports.free(), Ports.free(),
                        "_e2e_" + TestInfra.uniqueSuffix(),
                        env,
                        LOGS);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    suite.close();
                    mail.close();
                }, "suite-stop"));
            }
        }
    }

    /** The repository's root folder, where the packaged modules are. */
    public static final Path ROOT = Path.of(System.getProperty("mutabaa.root", "..")).toAbsolutePath().normalize();

    /** Where the packaged services log. */
    static final Path LOGS = ROOT.resolve("e2e-tests/target/suite-logs");

    /**
     * What the packaged services are started with: where to mail, which tokens to trust, and
     * tracing on (trace context propagated, no trace sampled, so nothing is exported), and JSON
     * logs as in production.
     */
    public static Map<String, String> env(int smtp) {
        Map<String, String> env = new java.util.HashMap<>(TestInfra.tokens().env());
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtp));
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        return env;
    }

    public static Suite suite() {
        return suite;
    }

    /** Requests to the suite's meetings-service (as an administrator unless the request says otherwise). */
    public static RequestSpecification meetings() {
        return RestAssured.given().baseUri(suite.meetings().baseUri().toString());
    }

    public static RequestSpecification actions() {
        return RestAssured.given().baseUri(suite.actions().baseUri().toString());
    }

    public static RequestSpecification notifications() {
        return RestAssured.given().baseUri(suite.notifications().baseUri().toString());
    }

    /** The web console over this suite, started on first use (its port is allowed by the services' CORS). */
    public static synchronized ServiceProcess console() {
        return suite.console().orElseGet(() -> suite.startConsole(ROOT, consolePort, TestInfra.tokens().privateKey(), LOGS));
    }

    /** The port of the SMTP server notifications-service mails to. */
    public static int smtpPort() {
        return smtpPort;
    }

    /** The SMTP server notifications-service mails to. */
    public static MailServer mail() {
        return mail;
    }
}
