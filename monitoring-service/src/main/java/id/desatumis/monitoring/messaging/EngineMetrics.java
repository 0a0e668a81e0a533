package id.desatumis.monitoring.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The projection's metrics, per generation while its loop runs on this instance (Prometheus at /q/metrics). */
@ApplicationScoped
public class EngineMetrics {

    private final MeterRegistry registry;
    private final Map<Integer, List<Meter>> meters = new ConcurrentHashMap<>();

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(GenerationLoop loop) {
        Tags tags = Tags.of("generation", Integer.toString(loop.generation().number()));
        List<Meter> m = new ArrayList<>();
        m.add(Gauge.builder("desatumis_projection_consumer_lag", loop, l -> l.status().lag())
                .description("records of the projection's topics not applied yet (-1 while unknown)").tags(tags).register(registry));
        m.add(Gauge.builder("desatumis_projection_live", loop, l -> l.status().live() ? 1 : 0)
                .description("1 for the generation that answers the queries").tags(tags).register(registry));
        m.add(Gauge.builder("desatumis_projection_stopped", loop, l -> l.status().state().name().startsWith("STOPPED") ? 1 : 0)
                .description("1 once the loop has stopped (a malformed event, a lost lock)").tags(tags).register(registry));
        m.add(Gauge.builder("desatumis_projection_seconds_since_turn", loop,
                        l -> (System.currentTimeMillis() - l.status().lastTurnAt().toEpochMilli()) / 1000.0)
                .description("how long ago the loop last turned").tags(tags).register(registry));
        m.add(FunctionCounter.builder("desatumis_projection_records_applied", loop, l -> l.status().recordsApplied())
                .description("records applied by this loop since it started (duplicates included)").tags(tags).register(registry));
        meters.put(loop.generation().number(), m);
    }

    void unregister(int generation) {
        List<Meter> m = meters.remove(generation);
        if (m != null) m.forEach(registry::remove);
    }

    void malformed(int generation) {
        Counter.builder("desatumis_projection_malformed_events").tags("generation", Integer.toString(generation))
                .description("malformed events of a known type that stopped a generation").register(registry).increment();
    }
}
