package id.desatumis.monitoring.bench;

import id.desatumis.devstack.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The platform that {@code deploy/platform up} runs from this checkout, reached as its users reach it: the services on
 * their fixed ports, the PostgreSQL and Kafka named in {@code .local/devstack.env}, bearer tokens signed with the key
 * in {@code .local/keys} (as {@code deploy/platform token} signs them), and the services' pids in {@code .local/run}
 * (for the CPU each used and for thread dumps). The bench starts nothing.
 */
final class Platform {

    private static final long TOKEN_SECONDS = 6 * 3600;

    final Path root;
    /** registry-service's and monitoring-service's base URLs (their fixed ports under deploy/platform). */
    final String registry;
    final String monitoring;
    private final Map<String, String> env;
    private final Tokens tokens;

    Platform(Path root, Map<String, String> env, Tokens tokens, String registry, String monitoring) {
        this.root = root;
        this.env = env;
        this.tokens = tokens;
        this.registry = registry;
        this.monitoring = monitoring;
    }

    static Platform of(Path root) throws IOException {
        Path envFile = root.resolve(".local/devstack.env");
        if (!Files.exists(envFile) || !Files.exists(root.resolve(".local/keys/jwt-private.pem"))) {
            throw new IllegalStateException("no platform runs from " + root + ": `deploy/platform up --demo` first");
        }
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return new Platform(root, env, Tokens.fromFolder(root.resolve(".local/keys")), "http://127.0.0.1:8081",
                "http://127.0.0.1:8085");
    }

    String kafka() {
        return env.get("DESATUMIS_KAFKA_BOOTSTRAP");
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env.get("DESATUMIS_PG_HOST") + ":"
                + env.get("DESATUMIS_PG_PORT") + "/" + name, env.get("DESATUMIS_PG_USER"), env.get("DESATUMIS_PG_PASSWORD"));
    }

    /** A Dinas Sosial token: it may register households anywhere, rebuild, and read every figure. */
    String dinsos(String subject) {
        return tokens.builder(subject).role("dinsos").validFor(TOKEN_SECONDS).sign();
    }

    /** The pid of a process {@code deploy/platform} started (registry, monitoring, devstack...), if it runs. */
    OptionalLong pid(String name) {
        try {
            long pid = Long.parseLong(Files.readString(root.resolve(".local/run/" + name + ".pid")).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
