package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.messaging.LoopStatus.State;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.Generations;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * For as long as this instance leads: runs a loop for every LIVE and BUILDING generation (as projection_generations
 * has them, so a rebuild asked on any instance is picked up), switches a rebuilt generation live once it has caught
 * up, and drops a retired generation's schema after a grace period.
 */
final class GenerationSupervisor {

    private static final Logger LOG = Logger.getLogger(GenerationSupervisor.class);
    private static final Duration DB = Duration.ofSeconds(30);
    /** The switch derives over the whole rebuilt generation: minutes for a province's topics. */
    private static final Duration SWITCH = Duration.ofMinutes(30);

    private final Generations generations;
    private final LoopContext context;
    private final Consumer<Integer> switched;
    private final Map<Integer, GenerationLoop> loops = new ConcurrentHashMap<>();
    private final Set<Integer> dropped = new HashSet<>();

    GenerationSupervisor(Generations generations, LoopContext context, Consumer<Integer> switched) {
        this.generations = generations;
        this.context = context;
        this.switched = switched;
    }

    List<LoopStatus> statuses() {
        return loops.values().stream().map(GenerationLoop::status).toList();
    }

    /** One look: the loops match the table, a caught-up rebuild goes live, retired schemas go. */
    void supervise() {
        List<Generation> all = generations.all().await().atMost(DB);
        Set<Integer> wanted = all.stream().filter(g -> g.state() != Generation.State.RETIRED)
                .map(Generation::number).collect(Collectors.toSet());
        loops.keySet().stream().filter(n -> !wanted.contains(n)).toList().forEach(this::stopLoop);
        for (Generation g : all) {
            if (g.state() == Generation.State.RETIRED) continue;
            GenerationLoop loop = loops.get(g.number());
            if (loop != null && loop.status().state() == State.STOPPED) {
                // ended on a failure of its own (Kafka's address does not resolve, say): a new one starts from the
                // stored positions, after a pause
                if (loop.status().lastTurnAt().isAfter(Instant.now().minus(context.settings().maxBackoff()))) continue;
                stopLoop(g.number());
                loop = null;
            }
            if (loop == null) startLoop(g);
            else if (g.state() == Generation.State.LIVE) loop.becomeLive();
        }
        switchIfCaughtUp(all);
        dropRetired(all);
    }

    void stopAll() {
        List.copyOf(loops.keySet()).forEach(this::stopLoop);
    }

    private void startLoop(Generation g) {
        GenerationLoop loop = new GenerationLoop(g, context);
        loops.put(g.number(), loop);
        context.metrics().register(loop);
        loop.start();
        LOG.infof("generation %d (%s) runs on this instance, reading %s", g.number(), g.state(), context.parts().topics());
    }

    private void stopLoop(int generation) {
        GenerationLoop loop = loops.remove(generation);
        if (loop == null) return;
        loop.stop();
        context.metrics().unregister(generation);
        context.lags().forget(generation);
    }

    private void switchIfCaughtUp(List<Generation> all) {
        Optional<Generation> live = all.stream().filter(g -> g.state() == Generation.State.LIVE).findFirst();
        Optional<Generation> building = all.stream().filter(g -> g.state() == Generation.State.BUILDING).findFirst();
        if (live.isEmpty() || building.isEmpty()) return;
        GenerationLoop from = loops.get(live.get().number());
        GenerationLoop to = loops.get(building.get().number());
        if (from == null || to == null || !caughtUp(to.status(), from.status())) return;
        if (!generations.switchLive(to.generation(), from.generation().number(), context.parts()::beforeLive)
                .await().atMost(SWITCH)) {
            return;
        }
        to.becomeLive();
        stopLoop(from.generation().number());
        LOG.infof("generation %d is live (generation %d retired: its schema is dropped in %s)", to.generation().number(),
                from.generation().number(), context.settings().retiredGrace());
        switched.accept(to.generation().number());
    }

    /** At or past the live generation on every partition it has read, and (nearly) at the topics' ends. */
    private boolean caughtUp(LoopStatus building, LoopStatus live) {
        if (building.state() != State.RUNNING || building.lag() < 0 || building.lag() > context.settings().switchLag()) {
            return false;
        }
        for (var p : live.positions().entrySet()) {
            if (building.positions().getOrDefault(p.getKey(), 0L) < p.getValue()) return false;
        }
        return true;
    }

    private void dropRetired(List<Generation> all) {
        OffsetDateTime before = OffsetDateTime.now().minus(context.settings().retiredGrace());
        Set<Integer> due = all.stream().filter(g -> g.state() == Generation.State.RETIRED && !dropped.contains(g.number())
                        && (g.retiredAt() == null || g.retiredAt().isBefore(before)))
                .map(Generation::number).collect(Collectors.toSet());
        if (due.isEmpty()) return;
        for (Generation g : generations.retiredNotDropped().await().atMost(DB)) {
            if (!due.contains(g.number())) continue;
            generations.drop(g).await().atMost(DB);
            LOG.infof("generation %d's schema and deduplication marks are dropped", g.number());
        }
        dropped.addAll(due);
    }
}
