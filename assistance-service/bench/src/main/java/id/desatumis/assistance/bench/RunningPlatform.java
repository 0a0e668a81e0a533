package id.desatumis.assistance.bench;

import id.desatumis.devstack.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform {@code deploy/platform up} started from this worktree, as its users reach it: the services' REST APIs on
 * their fixed ports, the PostgreSQL and Kafka that {@code .local/devstack.env} names, and bearer tokens minted with the
 * key pair in {@code .local/keys} exactly as {@code deploy/platform token} mints them. Nothing is started here: a
 * platform that is not running stops the bench with the command that starts it.
 */
final class RunningPlatform {

    static final String PARTNER_URL = "http://127.0.0.1:8083";
    static final String ASSISTANCE_URL = "http://127.0.0.1:8084";
    /** The services' tokens last eight hours on the local platform at most; a bench run is far shorter. */
    private static final long TOKEN_SECONDS = 4 * 3600;

    private final Map<String, String> env;
    private final Tokens tokens;

    private RunningPlatform(Map<String, String> env, Tokens tokens) {
        this.env = env;
        this.tokens = tokens;
    }

    static RunningPlatform of(Path root) throws IOException {
        Path state = root.resolve(".local");
        Path envFile = state.resolve("devstack.env");
        Path privateKey = state.resolve("keys").resolve("jwt-private.pem");
        if (!Files.exists(envFile) || !Files.exists(privateKey)) {
            throw new IllegalStateException("no platform runs from " + root + ": start it with `deploy/platform up` first");
        }
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return new RunningPlatform(env, Tokens.fromFolder(state.resolve("keys")));
    }

    String kafkaBootstrap() {
        return env.get("DESATUMIS_KAFKA_BOOTSTRAP");
    }

    /** A JDBC connection to one of the platform's databases (assistance, partner, ...). */
    Connection database(String name) throws SQLException {
        String url = "jdbc:postgresql://" + env.get("DESATUMIS_PG_HOST") + ":" + env.get("DESATUMIS_PG_PORT") + "/" + name;
        return DriverManager.getConnection(url, env.get("DESATUMIS_PG_USER"), env.get("DESATUMIS_PG_PASSWORD"));
    }

    String staff(String subject, String role) {
        return tokens.builder(subject).role(role).validFor(TOKEN_SECONDS).sign();
    }

    String office(String subject, String opdCode) {
        return tokens.builder(subject).role("opd").opd(opdCode).validFor(TOKEN_SECONDS).sign();
    }

    String villageOperator(String subject, String desaCode) {
        return tokens.builder(subject).role("village-operator").desa(List.of(desaCode)).validFor(TOKEN_SECONDS).sign();
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
