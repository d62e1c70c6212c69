package org.mutabaa.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local suite keeps its data and which ports it uses. Every value can be set with an
 * environment variable (upper case, {@code MUTABAA_} prefix) or a system property of the same
 * name in lower case with dots, e.g. {@code MUTABAA_KAFKA_PORT} or {@code mutabaa.kafka.port}.
 */
public record Settings(Path home, int kafkaPort, int kafkaControllerPort, int postgresPort,
                       int meetingsPort, int actionsPort, int notificationsPort, int smtpPort, int imapPort,
                       int consolePort) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;

    public static Settings fromEnvironment(Path defaultHome) {
        return fromEnvironment(defaultHome, System.getenv());
    }

    static Settings fromEnvironment(Path defaultHome, Map<String, String> env) {
        Path home = Path.of(value(env, "MUTABAA_HOME", defaultHome.toString())).toAbsolutePath();
        int kafka = intValue(env, "MUTABAA_KAFKA_PORT", DEFAULT_KAFKA_PORT);
        return new Settings(home,
                kafka,
                intValue(env, "MUTABAA_KAFKA_CONTROLLER_PORT", kafka + 1),
                intValue(env, "MUTABAA_POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
                intValue(env, "MUTABAA_MEETINGS_PORT", 8081),
                intValue(env, "MUTABAA_ACTIONS_PORT", 8082),
                intValue(env, "MUTABAA_NOTIFICATIONS_PORT", 8083),
                intValue(env, "MUTABAA_SMTP_PORT", 13025),
                intValue(env, "MUTABAA_IMAP_PORT", 13143),
                intValue(env, "MUTABAA_CONSOLE_PORT", 8080));
    }

    /**
     * The address the services and the web console listen on ({@code MUTABAA_LISTEN}): loopback
     * unless another is asked for, because the console's local sign-in signs a token for anyone
     * who reaches it.
     */
    public static String listen() {
        return value(System.getenv(), "MUTABAA_LISTEN", LOOPBACK);
    }

    public static final String LOOPBACK = "127.0.0.1";

    /** Whether {@code address} is reachable from this machine only. */
    public static boolean loopback(String address) {
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("MUTABAA_LISTEN: unknown address '" + address + "'");
        }
    }

    public Path logs() {
        return home.resolve("logs");
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property;
        }
        String fromEnv = env.get(name);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String raw = value(env, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + raw + "'");
        }
    }
}
