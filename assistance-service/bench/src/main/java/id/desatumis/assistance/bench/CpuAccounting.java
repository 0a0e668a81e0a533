package id.desatumis.assistance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a round, by process, from Linux's {@code /proc}: each process
 * {@code deploy/platform} started (its pid files: the services' JVMs and devstack's, which hosts Kafka), the
 * PostgreSQL sessions of each database (the children of the platform's postmaster, by the database their title
 * names), the rest of PostgreSQL (checkpointer, WAL writer...) and this bench's own JVM. Sessions that end within the
 * round are not counted (the services' pools keep theirs). On a shared machine the rate moves with the others' load;
 * CPU time per intervention does much less, and says what two idle cores could do at most.
 */
final class CpuAccounting {

    static final String BENCH = "this bench (the 8 clients)";
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux
    private final Path run;
    private final Path pgData;

    CpuAccounting(Path root) {
        this.run = root.resolve(".local").resolve("run");
        this.pgData = root.resolve(".local").resolve("postgres").toAbsolutePath().normalize();
    }

    /** CPU seconds used so far, by process or group. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> pids = Files.list(run)) {
            pids.filter(p -> p.getFileName().toString().endsWith(".pid")).forEach(p -> {
                String name = p.getFileName().toString().replace(".pid", "");
                read(p).map(String::trim).map(Long::parseLong).flatMap(CpuAccounting::ticks)
                        .ifPresent(t -> seconds.put(name.equals("devstack") ? "devstack (Kafka)" : name, t / TICKS_PER_SECOND));
            });
        } catch (IOException e) {
            return seconds;
        }
        long postmaster = postmaster();
        if (postmaster > 0) {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                    long pid = Long.parseLong(p.getFileName().toString());
                    if (pid != postmaster && parent(pid) != postmaster) return;
                    String title = read(p.resolve("cmdline")).orElse("").replace('\0', ' ').trim();
                    String[] words = title.split("\\s+");
                    // a session's title: "postgres: <user> <database> <host(port)> <state>"
                    boolean session = words.length >= 4 && words[0].equals("postgres:")
                            && (words[3].endsWith(")") || words[3].equals("[local]"));
                    String group = session ? "postgres " + words[2] : "postgres (other)";
                    ticks(pid).ifPresent(t -> seconds.merge(group, t / TICKS_PER_SECOND, Double::sum));
                });
            } catch (IOException e) {
                return seconds;
            }
        }
        ticks(ProcessHandle.current().pid()).ifPresent(t -> seconds.put(BENCH, t / TICKS_PER_SECOND));
        return seconds;
    }

    /** What each used between two snapshots, the largest first. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> used.put(e.getKey(), e.getValue()));
        return used;
    }

    /** Milliseconds per intervention, by process, the largest first (those under 0.05 s in all left out). */
    static String perIntervention(Map<String, Double> used, int interventions) {
        StringBuilder out = new StringBuilder();
        used.forEach((name, seconds) -> {
            if (seconds < 0.05) return;
            if (out.length() > 0) out.append(", ");
            out.append(String.format("%s %.1f", name, 1000 * seconds / interventions));
        });
        return out.toString();
    }

    /** CPU seconds of all processes counted. */
    static double total(Map<String, Double> used) {
        return used.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The postmaster of the platform's PostgreSQL: the process whose command line names its data folder. */
    private long postmaster() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        String cmd = read(p.resolve("cmdline")).orElse("").replace('\0', ' ');
                        return cmd.contains("bin/postgres") && cmd.contains(pgData.toString());
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** User and system ticks of a process and its waited-for children (fields 14 to 17 of /proc/pid/stat). */
    private static Optional<Long> ticks(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat")).map(stat -> {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, so utime (14) is index 11
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        });
    }

    private static long parent(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat"))
                .map(stat -> Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1])).orElse(-1L);
    }

    private static Optional<String> read(Path p) {
        try {
            return Optional.of(Files.readString(p));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
