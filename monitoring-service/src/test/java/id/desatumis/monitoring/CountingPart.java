package id.desatumis.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.messaging.ProjectionPart;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A part for the engine's tests only: counts the events of each stream of its own topics into test_counts, a table it
 * creates in the generation's schema, and remembers the highest sequence applied (so an event applied out of its
 * stream's order shows). Its {@code derived_events} stands for what a part derives from many rows: written by each
 * batch of the live generation, left out by a generation being rebuilt until {@link #beforeLive}. It can be told to
 * fail its next batches, as a database that went away would, and to fail the switch's derivation.
 */
@ApplicationScoped
public class CountingPart implements ProjectionPart<CountingPart.Counted> {

    public static final String TYPE = "id.desatumis.test.Counted.v1";
    /** A topic that does not exist when the service starts (one per test JVM). */
    public static final String LATE_TOPIC = "desatumis.test.counting-late-" + UUID.randomUUID() + ".v1";
    static final AtomicInteger FAILURES_TO_INJECT = new AtomicInteger();
    /** While set, a batch waits for it inside its transaction (a rebuild held back); WAITING says one does. */
    static volatile CompletableFuture<Void> gate;
    static final AtomicBoolean WAITING = new AtomicBoolean();
    /** While set, {@link #beforeLive} fails, as a crash in the middle of a switch would; counted in BEFORE_LIVE_REFUSED. */
    static final AtomicBoolean REFUSE_BEFORE_LIVE = new AtomicBoolean();
    static final AtomicInteger BEFORE_LIVE_REFUSED = new AtomicInteger();

    public record Counted(String desaCode) {
    }

    private final ObjectMapper mapper;
    private final String topic;

    public CountingPart(ObjectMapper mapper, @ConfigProperty(name = "monitoring.test.counting-topic",
            defaultValue = "desatumis.test.counting.v1") String topic) {
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public String name() {
        return "test-counting";
    }

    @Override
    public Set<String> topics() {
        return Set.of(topic, LATE_TOPIC);
    }

    @Override
    public Optional<Counted> read(ConsumedEvent event) {
        if (!TYPE.equals(event.type())) return Optional.empty();
        return Optional.of(event.payloadAs(mapper, Counted.class, "the engine's test part"));
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<Counted>> fresh) {
        return apply(tx, fresh, true);
    }

    @Override
    public Uni<Set<String>> applyBuilding(SqlConnection tx, List<Change<Counted>> fresh) {
        return apply(tx, fresh, false);
    }

    @Override
    public Uni<Void> beforeLive(SqlConnection tx) {
        if (REFUSE_BEFORE_LIVE.get()) {
            BEFORE_LIVE_REFUSED.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("injected: the switch fails as if the instance died"));
        }
        return tx.query("""
                DO $$ BEGIN
                    IF to_regclass('test_counts') IS NOT NULL THEN UPDATE test_counts SET derived_events = events; END IF;
                END $$""").execute().replaceWithVoid();
    }

    private Uni<Set<String>> apply(SqlConnection tx, List<Change<Counted>> fresh, boolean live) {
        if (FAILURES_TO_INJECT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Uni.createFrom().failure(new IllegalStateException("injected: the batch fails as if the database went away"));
        }
        CompletableFuture<Void> held = gate;
        if (held != null) {
            WAITING.set(true);
            return Uni.createFrom().completionStage(held).chain(() -> count(tx, fresh, live));
        }
        return count(tx, fresh, live);
    }

    private Uni<Set<String>> count(SqlConnection tx, List<Change<Counted>> fresh, boolean live) {
        Map<String, long[]> perStream = new LinkedHashMap<>();
        Set<String> desa = new TreeSet<>();
        for (Change<Counted> c : fresh) {
            long[] n = perStream.computeIfAbsent(c.event().subject(), s -> new long[]{0, 0, 0, c.event().sequence()});
            if (c.event().sequence() <= n[1]) n[2]++; // out of its stream's order
            n[0]++;
            n[1] = c.event().sequence();
            desa.add(c.change().desaCode());
        }
        return tx.query("""
                        DO $$ BEGIN
                            IF to_regclass('test_counts') IS NULL THEN
                                CREATE TABLE test_counts (stream_id text PRIMARY KEY, events bigint NOT NULL,
                                    last_sequence bigint NOT NULL, out_of_order bigint NOT NULL, derived_events bigint);
                            END IF;
                        END $$""").execute()
                .chain(() -> tx.preparedQuery("""
                                UPDATE test_counts t SET out_of_order = t.out_of_order + 1
                                FROM unnest($1::text[], $2::bigint[]) AS b(s, first) WHERE t.stream_id = b.s AND b.first <= t.last_sequence""")
                        .execute(Tuple.of(perStream.keySet().toArray(String[]::new),
                                perStream.values().stream().map(n -> n[3]).toArray(Long[]::new))))
                .chain(() -> tx.preparedQuery("""
                                INSERT INTO test_counts AS t (stream_id, events, last_sequence, out_of_order)
                                SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[])
                                ON CONFLICT (stream_id) DO UPDATE SET events = t.events + EXCLUDED.events,
                                    out_of_order = t.out_of_order + EXCLUDED.out_of_order,
                                    last_sequence = greatest(t.last_sequence, EXCLUDED.last_sequence)""")
                        .execute(Tuple.of(perStream.keySet().toArray(String[]::new),
                                perStream.values().stream().map(n -> n[0]).toArray(Long[]::new),
                                perStream.values().stream().map(n -> n[1]).toArray(Long[]::new),
                                perStream.values().stream().map(n -> n[2]).toArray(Long[]::new))))
                .chain(() -> !live ? Uni.createFrom().voidItem() : tx.preparedQuery(
                                "UPDATE test_counts SET derived_events = events WHERE stream_id = ANY($1)")
                        .execute(Tuple.of(perStream.keySet().toArray(String[]::new))).replaceWithVoid())
                .replaceWith(desa);
    }
}
