package id.desatumis.kit.bench;

import id.desatumis.devstack.DevStack;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.kit.outbox.OutboxRelay;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.kit.outbox.RelayHooks;
import id.desatumis.kit.outbox.RelaySettings;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.flywaydb.core.Flyway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Prints, on this machine, against the real PostgreSQL and Kafka of devstack:
 * appends per second (one event each, and ten-event batches, from concurrent writers on their own streams)
 * and the relay's throughput (events per second acknowledged by Kafka).
 * A load driver, not a test: nothing here asserts a timing.
 */
public final class EventStoreBench {

    private static final int WRITERS = 8;
    private static final String PAYLOAD = "{\"householdId\":\"%s\",\"desaCode\":\"33.14.07.2003\",\"memberCount\":4,"
            + "\"note\":\"a payload about the size of a registry event, with a few fields and some text\"}";

    public static void main(String[] args) throws Exception {
        int singles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        DevStack stack = DevStack.shared();
        String db = "bench_" + System.currentTimeMillis();
        stack.postgres().ensureDatabase(db);
        Flyway.configure().dataSource(stack.postgres().jdbcUrl(db), stack.postgres().user(), stack.postgres().password())
                .locations("classpath:db/kit").load().migrate();
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool()
                .connectingTo(new PgConnectOptions().setHost(stack.postgres().host()).setPort(stack.postgres().port())
                        .setDatabase(db).setUser(stack.postgres().user()).setPassword(stack.postgres().password()))
                .with(new PoolOptions().setMaxSize(WRITERS))
                .using(vertx).build();
        EventStore store = new EventStore();
        EventMetadata actor = new EventMetadata("bench", "dinsos", "bench", null, null, "/desatumis/bench");

        run(pool, store, actor, 500, 1); // warm-up
        double singleRate = run(pool, store, actor, singles, 1);
        System.out.printf("appends, 1 event each     : %,.0f appends/s (%,d appends, %d concurrent writers)%n", singleRate, singles, WRITERS);
        double batchRate = run(pool, store, actor, batches, 10);
        System.out.printf("appends, 10-event batches : %,.0f appends/s = %,.0f events/s (%,d appends)%n", batchRate, batchRate * 10, batches);

        long total = pool.query("SELECT count(*) FROM events").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
        String topic = "desatumis.bench.ledger.v1";
        long start = System.nanoTime();
        OutboxRelay relay = new OutboxRelay(new RelaySettings("bench", stack.postgres().jdbcUrl(db), stack.postgres().user(),
                stack.postgres().password(), stack.kafkaBootstrap(), 1000, Duration.ofMillis(200), 3, (short) 1),
                new Catalog(topic), RelayHooks.NONE);
        relay.start();
        long lastReport = System.nanoTime();
        while (relay.metrics().publishedTotal() < total) {
            Thread.sleep(50);
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                System.out.printf("  relay: %,d of %,d published%n", relay.metrics().publishedTotal(), total);
                if (System.getenv("BENCH_DEBUG") != null) {
                    var rows = pool.query("SELECT transaction_id::text, global_position, (SELECT last_transaction_id::text || '/' || last_position FROM outbox_checkpoint) FROM events ORDER BY transaction_id, global_position").execute().await().indefinitely();
                    long n = 0; String prevTx = ""; long prevPos = -1; long inversions = 0;
                    for (var r : rows) { n++; if (r.getString(0).equals(prevTx) && r.getLong(1) < prevPos) inversions++; prevTx = r.getString(0); prevPos = r.getLong(1); }
                    System.out.printf("  rows %d, checkpoint %s%n", n, rows.iterator().next().getString(2));
                    var dup = pool.query("SELECT count(*) FROM (SELECT transaction_id FROM events GROUP BY transaction_id HAVING count(DISTINCT stream_id) > 1) x").execute().await().indefinitely();
                    System.out.printf("  transactions with several streams: %d%n", dup.iterator().next().getLong(0));
                    var c = pool.query("SELECT count(*) FROM events e, outbox_checkpoint c WHERE (e.transaction_id, e.global_position) > (c.last_transaction_id, c.last_position)").execute().await().indefinitely();
                    System.out.printf("  rows past the checkpoint: %d%n", c.iterator().next().getLong(0));
                }
                lastReport = System.nanoTime();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("relay to Kafka            : %,.0f events/s (%,d events acknowledged in %.1f s, from a cold start)%n",
                total / seconds, total, seconds);
        relay.stop();
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
        System.exit(0);
    }

    private static double run(Pool pool, EventStore store, EventMetadata actor, int appends, int eventsPerAppend) {
        long start = System.nanoTime();
        List<Uni<Void>> writers = new ArrayList<>();
        int perWriter = appends / WRITERS;
        for (int w = 0; w < WRITERS; w++) {
            writers.add(writer(pool, store, actor, perWriter, eventsPerAppend));
        }
        Uni.join().all(writers).andFailFast().await().indefinitely();
        return perWriter * WRITERS / ((System.nanoTime() - start) / 1e9);
    }

    /** One writer appends to its own new streams, one after another (a command at a time, as a client would). */
    private static Uni<Void> writer(Pool pool, EventStore store, EventMetadata actor, int appends, int eventsPerAppend) {
        return io.smallrye.mutiny.Multi.createFrom().range(0, appends)
                .onItem().transformToUniAndConcatenate(i -> {
                    UUID id = UUID.randomUUID();
                    List<NewEvent> events = new ArrayList<>();
                    for (int e = 0; e < eventsPerAppend; e++) {
                        events.add(NewEvent.of("Noted", 1, String.format(PAYLOAD, id)));
                    }
                    return pool.withTransaction(tx -> store.append(tx, new StreamAppend("ledger-" + id, "ledger", 0, events, actor)));
                })
                .collect().last().replaceWithVoid();
    }

    private record Catalog(String topic) implements PublicEventCatalog {
        @Override
        public String source() {
            return "/desatumis/bench";
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public Optional<PublicRecord> toPublic(id.desatumis.kit.eventstore.StoredEvent e) {
            return Optional.of(new PublicRecord(topic, "id.desatumis.bench.Noted.v1", e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
