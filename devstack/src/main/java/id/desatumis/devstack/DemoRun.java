package id.desatumis.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The loader's clock and its workers: each step says what it did and when, and work on many items runs on a few
 * threads (the machine has two cores and every request verifies an RS256 token), each item's outcome counted.
 */
final class DemoRun {

    /** How many requests are in flight at once. */
    static final int THREADS = 6;

    private final long start = System.nanoTime();
    private int failures;

    /** Outcomes counted by name ("created", "there already", "refused need-unknown", ...). */
    record Tally(Map<String, Integer> counts) {

        int get(String outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        int failed() {
            return counts.entrySet().stream().filter(e -> e.getKey().startsWith("failed")).mapToInt(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            counts.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(v).append(' ').append(k));
            return sb.isEmpty() ? "nothing to do" : sb.toString();
        }
    }

    synchronized void say(String line) {
        System.out.printf("[%6.1f s] %s%n", seconds(), line);
        System.out.flush();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    int failures() {
        return failures;
    }

    /** Counts a failure the run must report (a figure that did not come out, a step that could not finish). */
    synchronized void fail(String why) {
        failures++;
        say("FAILED: " + why);
    }

    /**
     * Runs the work on every item, {@link #THREADS} at a time, and says what came of it. The work answers its
     * outcome's name; an exception counts as "failed" (the first few are printed).
     */
    <T> Tally each(String label, List<T> items, Function<T, String> work) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        if (items.isEmpty()) return new Tally(new TreeMap<>(counts));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger printed = new AtomicInteger();
        int step = Math.max(500, items.size() / 4);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, items.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    String outcome;
                    try {
                        outcome = work.apply(item);
                    } catch (RuntimeException e) {
                        outcome = "failed";
                        if (printed.incrementAndGet() <= 5) say("  " + label + ": " + e.getMessage());
                    }
                    if (outcome != null) counts.merge(outcome, 1, Integer::sum);
                    int n = done.incrementAndGet();
                    if (n % step == 0 && n < items.size()) say("  " + label + ": " + n + " of " + items.size());
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (Exception e) {
            throw new IllegalStateException(label + " interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Tally tally = new Tally(new TreeMap<>(counts));
        say(label + ": " + tally);
        if (tally.failed() > 0) fail(label + ": " + tally.failed() + " failed");
        return tally;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
