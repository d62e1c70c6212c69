package org.mutabaa.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The three services, started as separate processes against one broker and one PostgreSQL. */
public final class Suite implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final String dbSuffix;
    private ServiceProcess console;

    private Suite(List<ServiceProcess> services, String dbSuffix) {
        this.services = services;
        this.dbSuffix = dbSuffix;
    }

    /** What the services' database names end with: a second replica of one is started against the same. */
    public String databaseSuffix() {
        return dbSuffix;
    }

    /**
     * Starts meetings, actions and notifications side by side and waits until all three are
     * ready. Databases are named after the service ({@code meetings}, {@code actions},
     * {@code notifications}) plus {@code dbSuffix}.
     */
    public static Suite start(Path root, Infra.Endpoints infra, int meetingsPort, int actionsPort,
                              int notificationsPort, String dbSuffix, Map<String, String> extraEnv, Path logs) {
        return start(root, infra, meetingsPort, actionsPort, notificationsPort, dbSuffix, extraEnv, logs, null);
    }

    /**
     * As {@link #start(Path, Infra.Endpoints, int, int, int, String, Map, Path)}, with the service
     * named {@code devService} ({@code meetings}, {@code actions} or {@code notifications}; none when
     * null) in Quarkus dev mode instead of packaged; it compiles first, so it is given longer.
     */
    public static Suite start(Path root, Infra.Endpoints infra, int meetingsPort, int actionsPort,
                              int notificationsPort, String dbSuffix, Map<String, String> extraEnv, Path logs,
                              String devService) {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            started.add(startOne(root, infra, "meetings", meetingsPort, dbSuffix, extraEnv, logs, devService));
            started.add(startOne(root, infra, "actions", actionsPort, dbSuffix, extraEnv, logs, devService));
            started.add(startOne(root, infra, "notifications", notificationsPort, dbSuffix, extraEnv, logs, devService));
            for (ServiceProcess service : started) {
                service.awaitReady(devService == null ? Duration.ofSeconds(120) : Duration.ofMinutes(5));
            }
            return new Suite(started, dbSuffix);
        } catch (RuntimeException e) {
            new Suite(started, dbSuffix).close();
            throw e;
        }
    }

    private static ServiceProcess startOne(Path root, Infra.Endpoints infra, String service, int port,
                                           String dbSuffix, Map<String, String> extraEnv, Path logs,
                                           String devService) {
        String module = service + "-service";
        Postgres.Database db = infra.database(service + dbSuffix);
        if (service.equals(devService)) {
            return ServiceProcess.dev(root, module, port, db, infra.bootstrapServers(), extraEnv);
        }
        return ServiceProcess.launch(root, module, port, db, infra.bootstrapServers(), extraEnv,
                logs.resolve(module + ".log"));
    }

    public ServiceProcess meetings() {
        return services.get(0);
    }

    public ServiceProcess actions() {
        return services.get(1);
    }

    public ServiceProcess notifications() {
        return services.get(2);
    }

    /**
     * The services' environment for a web console on {@code consolePort}: the browser may call them
     * from it (CORS, under both local host names), and notifications link to its pages.
     */
    public static Map<String, String> consoleEnv(int consolePort) {
        return Map.of("MUTABAA_CONSOLE_ORIGIN", "http://localhost:" + consolePort + ",http://127.0.0.1:" + consolePort,
                "MUTABAA_NOTIFICATIONS_CONSOLE_URL", "http://localhost:" + consolePort);
    }

    /**
     * Starts the web console on {@code port}, pointed at these services, with local sign-in
     * signing with {@code privateKey}; waits until it is ready. It stops with the suite.
     */
    public ServiceProcess startConsole(Path root, int port, Path privateKey, Path logs) {
        Map<String, String> env = Map.of(
                "MUTABAA_CONSOLE_API_MEETINGS", meetings().baseUri().toString(),
                "MUTABAA_CONSOLE_API_ACTIONS", actions().baseUri().toString(),
                "MUTABAA_CONSOLE_API_NOTIFICATIONS", notifications().baseUri().toString(),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", privateKey.toUri().toString());
        console = ServiceProcess.start(root, "console", port, env, logs.resolve("console.log"));
        return console;
    }

    /** The web console, when started. */
    public java.util.Optional<ServiceProcess> console() {
        return java.util.Optional.ofNullable(console);
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the console and the services. */
    @Override
    public void close() {
        // All are told at once, then awaited: the whole suite stops in the time of its slowest member.
        List<ServiceProcess> members = new ArrayList<>(services);
        console().ifPresent(members::add);
        members.forEach(member -> member.process().requestStop());
        members.forEach(ServiceProcess::close);
    }
}
