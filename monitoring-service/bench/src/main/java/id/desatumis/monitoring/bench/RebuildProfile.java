package id.desatumis.monitoring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Where a rebuild's time goes, sampled while it runs: PostgreSQL's view of the monitoring database every 25 ms
 * ({@code pg_stat_activity}: which statement each busy session runs and what it waits on), a Java Flight Recording
 * of monitoring-service (its CPU samples by thread and frame; {@code jcmd <pid> JFR.start}, analysed with {@code jfr
 * print}), and a thread dump every five seconds ({@code jcmd <pid> Thread.print}: what the rebuilding loop thread
 * waits on). Recordings and dumps are kept under {@code monitoring-service/bench/target/profile-<label>/}. Sampling
 * costs some CPU of its own (each jcmd is a JVM): a profiled rebuild is not the one whose rate is reported.
 */
final class RebuildProfile implements AutoCloseable {

    private static final Pattern LITERALS = Pattern.compile("\\$\\d+|\\b\\d+\\b");

    private final Platform platform;
    private final int generation;
    private final Path folder;
    private final long pid;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Integer> statements = new HashMap<>();
    private final Map<String, Integer> loopWaits = new HashMap<>();
    private final List<Thread> samplers = new ArrayList<>();
    private int pgSamples;
    private int pgBusy;
    private int dumps;

    RebuildProfile(Platform platform, int generation, String label) throws IOException, InterruptedException {
        this.platform = platform;
        this.generation = generation;
        this.folder = platform.root.resolve("monitoring-service/bench/target/profile-" + label).toAbsolutePath();
        this.pid = platform.pid("monitoring").orElseThrow(() -> new IllegalStateException("monitoring-service is not running"));
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("rebuild.jfr"));
        jcmd("JFR.start", "name=bench-rebuild", "settings=profile", "filename=" + folder.resolve("rebuild.jfr"));
        samplers.add(daemon("bench-pg-sampler", this::samplePostgres));
        samplers.add(daemon("bench-dump-sampler", this::sampleDumps));
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void samplePostgres() {
        try (Connection c = platform.database("monitoring"); Statement s = c.createStatement()) {
            while (running.get()) {
                int busy = 0;
                try (ResultSet r = s.executeQuery("SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'), query "
                        + "FROM pg_stat_activity WHERE datname = 'monitoring' AND state = 'active' AND pid <> pg_backend_pid()")) {
                    while (r.next()) {
                        busy++;
                        String q = LITERALS.matcher(r.getString(2).replaceAll("\\s+", " ").trim()).replaceAll("N");
                        count(statements, (q.length() > 120 ? q.substring(0, 120) + "..." : q) + "  [" + r.getString(1) + "]");
                    }
                }
                synchronized (this) {
                    pgSamples++;
                    if (busy > 0) pgBusy++;
                }
                TimeUnit.MILLISECONDS.sleep(25); // sampling another process: nothing to wait on
            }
        } catch (InterruptedException e) {
            // closed
        } catch (Exception e) {
            System.out.println("    (PostgreSQL sampling stopped: " + e.getMessage() + ")");
        }
    }

    private void sampleDumps() {
        while (running.get()) {
            try {
                TimeUnit.SECONDS.sleep(5); // sampling another process: nothing to wait on
                String dump = jcmd("Thread.print");
                Files.writeString(folder.resolve("threads-" + dumps++ + ".txt"), dump);
                for (String block : dump.split("\n\n")) {
                    if (!block.startsWith("\"projection-g" + generation + "\"")) continue;
                    String[] lines = block.split("\n");
                    String own = "";
                    for (int i = 2; i < lines.length && own.isEmpty(); i++) {
                        if (lines[i].contains("id.desatumis")) own = "  <- " + frame(lines[i]);
                    }
                    count(loopWaits, (lines.length > 2 ? frame(lines[2]) : "?") + own);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                System.out.println("    (thread dumps stopped: " + e.getMessage() + ")");
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!running.getAndSet(false)) return;
        for (Thread t : samplers) {
            t.interrupt();
            t.join(15_000);
        }
        try {
            jcmd("JFR.stop", "name=bench-rebuild");
        } catch (IOException e) {
            System.out.println("    (JFR.stop failed: " + e.getMessage() + ")");
        }
    }

    void print() throws IOException, InterruptedException {
        System.out.printf("    PostgreSQL, monitoring database, %d samples every 25 ms: a session busy in %.0f %% of them; "
                + "what the busy sessions ran (share of busy samples):%n", pgSamples, pct(pgBusy, pgSamples));
        top(statements, 14, "      ");
        System.out.printf("    the loop thread projection-g%d in %d thread dumps (top frame <- first frame of the platform's code):%n",
                generation, dumps);
        top(loopWaits, 6, "      ");
        Path jfr = folder.resolve("rebuild.jfr");
        if (Files.exists(jfr)) JfrSummary.of(jfr, generation).print(platform.root.relativize(folder).toString());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    static String frame(String line) {
        String f = line.trim();
        if (f.startsWith("at ")) f = f.substring(3);
        int end = f.indexOf('(');
        if (end < 0) end = f.indexOf(" line:");
        return end > 0 ? f.substring(0, end).trim() : f;
    }

    static void count(Map<String, Integer> counts, String key) {
        synchronized (counts) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    static void top(Map<String, Integer> counts, int n, String indent) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                .forEach(e -> System.out.printf("%s%5.1f %%  %s%n", indent, pct(e.getValue(), total), e.getKey()));
    }

    static double pct(int part, int total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }
}
