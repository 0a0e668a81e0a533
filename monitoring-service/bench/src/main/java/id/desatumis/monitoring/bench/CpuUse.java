package id.desatumis.monitoring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds by process between two snapshots, from Linux's /proc: the services' and devstack's JVMs (Kafka runs in
 * devstack's), the platform's PostgreSQL sessions by database, the rest of PostgreSQL, this bench, and the machine's
 * whole busy time (/proc/stat), so that what other processes on this shared machine took shows as the difference.
 */
final class CpuUse {

    private static final double HZ = 100; // USER_HZ
    private static final String[] PROCESSES = {"registry", "assessment", "partner", "assistance", "monitoring", "devstack"};
    static final String MACHINE = "the whole machine (busy)";

    private final Platform platform;
    private final String pgData;

    CpuUse(Platform platform) {
        this.platform = platform;
        this.pgData = platform.root.resolve(".local/postgres").toAbsolutePath().normalize().toString();
    }

    Map<String, Double> snapshot() {
        Map<String, Double> s = new TreeMap<>();
        for (String name : PROCESSES) {
            platform.pid(name).ifPresent(pid -> ticks(pid).ifPresent(t -> s.put(name.equals("devstack") ? "devstack (Kafka)" : name, t / HZ)));
        }
        long postmaster = postmaster();
        if (postmaster > 0) {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                    long pid = Long.parseLong(n);
                    if (pid != postmaster && parent(pid) != postmaster) return;
                    String[] words = read(Path.of("/proc", n, "cmdline")).orElse("").replace('\0', ' ').trim().split("\\s+");
                    boolean session = words.length >= 4 && words[0].equals("postgres:") && words[3].endsWith(")");
                    ticks(pid).ifPresent(t -> s.merge(session ? "postgres " + words[2] : "postgres (other)", t / HZ, Double::sum));
                });
            } catch (IOException ignored) {
                // /proc unreadable: no PostgreSQL figures
            }
        }
        ticks(ProcessHandle.current().pid()).ifPresent(t -> s.put("this bench", t / HZ));
        read(Path.of("/proc/stat")).ifPresent(stat -> {
            String[] f = stat.lines().findFirst().orElse("").trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // not idle, iowait
            s.put(MACHINE, busy / HZ);
        });
        return s;
    }

    /** What each used between the snapshots, the largest first (under 0.05 s left out). */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.05)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> used.put(e.getKey(), e.getValue()));
        return used;
    }

    static String describe(Map<String, Double> used, double seconds) {
        StringBuilder out = new StringBuilder();
        double ours = used.entrySet().stream().filter(e -> !e.getKey().equals(MACHINE)).mapToDouble(Map.Entry::getValue).sum();
        double machine = used.getOrDefault(MACHINE, 0.0);
        out.append(String.format("%.1f CPU-s of the %.1f two cores had (%.0f %% busy); ", machine, 2 * seconds,
                50 * machine / seconds));
        used.forEach((name, s) -> {
            if (!name.equals(MACHINE)) out.append(String.format("%s %.1f, ", name, s));
        });
        out.append(String.format("other processes on the machine %.1f", Math.max(0, machine - ours)));
        return out.toString();
    }

    private long postmaster() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .filter(n -> {
                        String cmd = read(Path.of("/proc", n, "cmdline")).orElse("").replace('\0', ' ');
                        return cmd.contains("postgres") && cmd.contains(pgData);
                    }).mapToLong(Long::parseLong).min().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** User and system ticks of a process and its waited-for children. */
    private static Optional<Long> ticks(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat")).map(stat -> {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
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
