package id.desatumis.monitoring.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A full rebuild as Dinas Sosial asks for it: {@code POST /admin/projections/rebuilds}, then {@code GET
 * /admin/projections} every 100 ms until the new generation is LIVE. The rate is the records the new generation read
 * over the time from its creation (the request) to the switch, both as the service recorded them ({@code startedAt},
 * {@code liveAt}); the client's own clock (request sent to LIVE seen) is printed beside it.
 */
final class Rebuild {

    private static final Duration PATIENCE = Duration.ofMinutes(40);

    /** The new generation's committed records at an instant after the request. */
    record Progress(double seconds, long records) {
    }

    record Result(int generation, long records, Map<String, Long> byTopic, double serverSeconds, double clientSeconds, List<Progress> progress, Map<String, Double> cpu) {

        double perSecond() {
            return records / serverSeconds;
        }

        /** Seconds until the first batch was committed (the generation's schema made, its loop started). */
        double firstBatchAfter() {
            return progress.stream().filter(p -> p.records() > 0).mapToDouble(Progress::seconds).findFirst().orElse(serverSeconds);
        }

        /** Records per second between the first committed batch seen and the last sample before the switch. */
        double applyingPerSecond() {
            Progress first = progress.stream().filter(p -> p.records() > 0).findFirst().orElse(null);
            Progress last = progress.isEmpty() ? null : progress.get(progress.size() - 1);
            if (first == null || last == first || last.seconds() <= first.seconds()) return Double.NaN;
            return (last.records() - first.records()) / (last.seconds() - first.seconds());
        }
    }

    private Rebuild() {
    }

    static Result run(Platform platform, Http http, String token, String label, boolean profile) throws Exception {
        CpuUse cpu = new CpuUse(platform);
        Map<String, Double> before = cpu.snapshot();
        long start = System.nanoTime();
        int generation = http.post(platform.monitoring + "/admin/projections/rebuilds", token, "", 202).path("generation").asInt();
        List<Progress> progress = new ArrayList<>();
        Generations.Generation g;
        try (RebuildProfile sampler = profile ? new RebuildProfile(platform, generation, label) : null) {
            while (true) {
                g = overview(platform, http, token).number(generation);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (g.state().equals("LIVE")) break;
                if ("STOPPED_MALFORMED".equals(g.loopState()) || "STOPPED".equals(g.loopState()) || g.state().equals("RETIRED")) {
                    throw new IllegalStateException("generation " + generation + " " + g.state() + ", its loop " + g.loopState()
                            + ": " + g.failure());
                }
                progress.add(new Progress(seconds, g.recordsRead()));
                if (seconds > PATIENCE.toSeconds()) throw new IllegalStateException("no switch within " + PATIENCE);
                Thread.sleep(100); // the service's progress: nothing to wait on but its answers
            }
            double clientSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> used = CpuUse.between(before, cpu.snapshot());
            double serverSeconds = Duration.between(g.startedAt(), g.liveAt()).toNanos() / 1e9;
            if (sampler != null) {
                sampler.close();
                sampler.print();
            }
            return new Result(generation, g.recordsRead(), g.byTopic(), serverSeconds, clientSeconds, progress, used);
        }
    }

    static Generations overview(Platform platform, Http http, String token) throws Exception {
        return Generations.of(http.get(platform.monitoring + "/admin/projections", token));
    }
}
