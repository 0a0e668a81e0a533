package id.desatumis.assistance.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * The same journey one step at a time, every client's needs through a step before any goes on to the next: the rate
 * of each step alone, its latency, and the CPU it costs (each process's, per intervention). A step's CPU includes what
 * follows it by event until the platform is quiet again: the saga for a plan, partner-service's consume and its
 * answer for a delivery, the relay's publishing for all.
 */
final class StageBreakdown {

    private final Clients clients;
    private final CpuAccounting cpu;
    private final RunningPlatform platform;

    StageBreakdown(Clients clients, CpuAccounting cpu, RunningPlatform platform) {
        this.clients = clients;
        this.cpu = cpu;
        this.platform = platform;
    }

    void run(List<List<UUID>> needsByClient) throws Exception {
        int n = needsByClient.stream().mapToInt(List::size).sum();
        System.out.printf("  stage by stage (%,d more interventions, each step for all before the next; CPU ms per"
                + " intervention, the step's events included):%n", n);
        // each client sets its own place (the round's end makes them visible to this thread)
        List<List<Journey>> journeys = new ArrayList<>(Collections.nCopies(clients.size(), List.of()));
        step("plan, until resourced (the saga)", n, journeys, j -> j.planSent, j -> j.resourced,
                (client, c) -> journeys.set(c, client.resourced(needsByClient.get(c))));
        step("deliver", n, journeys, j -> j.deliverSent, j -> j.delivered, (client, c) -> client.deliver(journeys.get(c)));
        step("verify", n, journeys, j -> j.verifySent, j -> j.verified, (client, c) -> client.verify(journeys.get(c)));
    }

    /** What each client does in a step. */
    private interface Work {
        void run(InterventionClient client, int index) throws Exception;
    }

    private void step(String what, int n, List<List<Journey>> journeys, ToLongFunction<Journey> from,
                      ToLongFunction<Journey> to, Work work) throws Exception {
        Map<String, Double> before = cpu.snapshot();
        long start = System.nanoTime();
        clients.each((client, c) -> {
            work.run(client, c);
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Quiet.await(platform); // what the step set off by event is its cost too
        Map<String, Double> used = CpuAccounting.between(before, cpu.snapshot());
        Journey.Spread latency = Journey.Spread.of(all(journeys), from, to);
        System.out.printf("    %-34s %,7.1f /s   p50 %7.1f ms   p99 %7.1f ms   CPU %5.1f ms: %s%n", what, n / seconds,
                latency.p50(), latency.p99(), 1000 * CpuAccounting.total(used) / n, CpuAccounting.perIntervention(used, n));
    }

    private static List<Journey> all(List<List<Journey>> byClient) {
        List<Journey> out = new ArrayList<>();
        byClient.forEach(out::addAll);
        return out;
    }
}
