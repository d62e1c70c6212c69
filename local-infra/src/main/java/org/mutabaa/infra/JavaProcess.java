package org.mutabaa.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM whose output goes to a log file (or, for a service in dev mode, to this terminal);
 * stopped with SIGTERM, then killed if it hangs.
 */
public final class JavaProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static JavaProcess start(String name, List<String> jvmAndProgramArgs, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmAndProgramArgs);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a command (a full command line, in {@code dir}) that shares this process's terminal: its
     * output is shown and it reads the keyboard, as Quarkus dev mode does.
     */
    public static JavaProcess interactive(String name, List<String> command, Map<String, String> env, Path dir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
            builder.environment().putAll(env);
            return new JavaProcess(name, builder.start(), null);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a short-lived JVM to completion and fails if it does not exit with 0. */
    public static void run(String name, List<String> args, Path log, Duration timeout) {
        JavaProcess p = start(name, args, Map.of(), log);
        try {
            if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (p.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + p.process.exitValue() + "; see " + log);
        }
    }

    /** Runs a JDK tool (a full command line) to completion and fails if it does not exit with 0. */
    public static void runTool(String name, List<String> command, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + p.exitValue() + "; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }

    public String name() {
        return name;
    }

    /** Waits up to {@code timeout} for the process to end; true when it has. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public long pid() {
        return process.pid();
    }

    /** Where its output goes; null when it shares this process's terminal. */
    public Path log() {
        return log;
    }

    /** Where to look for what it printed. */
    public String output() {
        return log == null ? "its output above" : log.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Fails fast with the log's location when the process has died. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + output());
        }
    }

    /** kill -9, for fault-injection tests. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM) without waiting; {@link #close()} then waits for it. */
    public void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
