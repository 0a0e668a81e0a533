package id.desatumis.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service started as the platform starts it: its packaged jar in its own JVM, with its own database on the shared
 * PostgreSQL, the shared Kafka and the test key pair. Output goes to target/system-tests/&lt;module&gt;.log of the
 * folder it runs in.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;

    private ServiceProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /** Starts {@code ../<module>/target/quarkus-app/quarkus-run.jar} on a free port and waits until it is ready. */
    public static ServiceProcess start(String module, String database, Path keys) throws Exception {
        return start(Path.of(".."), module, database, keys);
    }

    /** As above, with the repository root given (the bench runs from another folder than the tests). */
    public static ServiceProcess start(Path root, String module, String database, Path keys) throws Exception {
        int port = freePort();
        ServiceProcess service = new ServiceProcess(module, launcher(root, module, database, keys, port).start(), port);
        service.awaitReady(Duration.ofSeconds(120));
        return service;
    }

    /** How a start that must fail ended: the exit code and what the service printed. */
    public record FailedStart(int exitCode, String output) {
    }

    /**
     * Starts the service as {@link #start} does but without one variable of its environment, and waits for it to exit
     * (a configuration it must refuse). Fails if it is still running after the patience.
     */
    public static FailedStart startWithout(String module, String database, Path keys, String variable,
                                           Duration patience) throws Exception {
        ProcessBuilder builder = launcher(Path.of(".."), module, database, keys, freePort());
        builder.environment().remove(variable);
        Process process = builder.start();
        if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(module + " still running without " + variable + " after " + patience);
        }
        return new FailedStart(process.exitValue(), Files.readString(Path.of("target", "system-tests", module + ".log")));
    }

    private static ProcessBuilder launcher(Path root, String module, String database, Path keys, int port)
            throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -B verify` from the root, which packages the services first");
        }
        DevStack stack = DevStack.shared();
        stack.postgres().ensureDatabase(database);
        Path logs = Files.createDirectories(Path.of("target", "system-tests"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("DESATUMIS_PG_REACTIVE_URL", stack.postgres().reactiveUrl(database));
        env.put("DESATUMIS_PG_JDBC_URL", stack.postgres().jdbcUrl(database));
        env.put("DESATUMIS_PG_USER", stack.postgres().user());
        env.put("DESATUMIS_PG_PASSWORD", stack.postgres().password());
        env.put("DESATUMIS_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("DESATUMIS_JWT_PUBLIC_KEY", keys.resolve("jwt-public.pem").toString());
        env.put("DESATUMIS_JWT_ISSUER", Tokens.ISSUER);
        env.put("DESATUMIS_LOOKUP_KEY_FILE", keys.resolve("lookup.key").toString());
        env.put("DESATUMIS_MASTER_KEY_FILE", keys.resolve("master.key").toString());
        return builder;
    }

    /** The test key pair's public key and fresh lookup and master keys, in a folder the services read them from. */
    public static Path keys() throws IOException {
        Path dir = Files.createTempDirectory("desatumis-system-keys");
        Files.writeString(dir.resolve("jwt-public.pem"), DevStack.shared().tokens().publicKeyPem());
        var random = new java.security.SecureRandom();
        for (String key : List.of("lookup.key", "master.key")) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            Files.writeString(dir.resolve(key), java.util.Base64.getEncoder().encodeToString(bytes));
        }
        return dir;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration patience) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException(name + " exited: see target/system-tests/" + name + ".log");
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200); // polling a process that is starting: there is nothing to wait on instead
        }
        throw new IllegalStateException(name + " not ready within " + patience + ": see target/system-tests/" + name + ".log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
