package id.desatumis.kit.bench;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Concurrent writers, each one command after another on streams of its own: through the event store, and
 * the raw baseline of the same rows inserted straight into a copy of the events table through the same pool.
 */
final class AppendLoad {

    static final String PAYLOAD = "{\"householdId\":\"%s\",\"desaCode\":\"33.14.07.2003\",\"memberCount\":4,"
            + "\"note\":\"a payload about the size of a registry event, with a few fields and some text\"}";
    private static final String COLUMNS = "(stream_id, stream_type, version, event_id, event_type, schema_version,"
            + " payload, metadata, recorded_at, hash)";
    private static final String ROW = "($%d, $%d, $%d, $%d, $%d, $%d, $%d::text::jsonb, $%d::text::jsonb, $%d, $%d)";

    private final Pool pool;
    private final int writers;
    private final EventStore store = new EventStore();
    private final EventMetadata actor = new EventMetadata("bench", "dinsos", "bench", null, null, "/desatumis/bench");

    AppendLoad(Pool pool, int writers) {
        this.pool = pool;
        this.writers = writers;
    }

    /** The raw baseline's table: the events table's columns, defaults and indexes, and no trigger. */
    void createRawTable() {
        pool.query("CREATE TABLE IF NOT EXISTS bench_raw_events (LIKE events INCLUDING ALL)").execute().await().indefinitely();
    }

    /**
     * Appends per second, {@code eventsPerAppend} events each, one transaction per append: the call alone
     * (the append is one statement, so its own transaction), or inside BEGIN ... COMMIT as a use case with
     * inline read models runs it.
     */
    double appends(int appends, int eventsPerAppend, boolean explicitTransaction) {
        return rate(appends, i -> {
            UUID id = UUID.randomUUID();
            List<NewEvent> events = new ArrayList<>();
            for (int e = 0; e < eventsPerAppend; e++) {
                events.add(NewEvent.of("Noted", 1, String.format(PAYLOAD, id)));
            }
            StreamAppend append = new StreamAppend("ledger-" + id, "ledger", 0, events, actor);
            return (explicitTransaction ? pool.withTransaction(tx -> store.append(tx, append))
                    : pool.withConnection(c -> store.append(c, append))).replaceWithVoid();
        });
    }

    /** Raw statements per second: {@code rows} rows of the events' shape as one INSERT, one transaction each. */
    double rawInserts(int statements, int rows, boolean explicitTransaction) {
        String sql = insertOf(rows);
        String metadata = EventStore.metadataJson(actor);
        return rate(statements, i -> {
            UUID id = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<Object> values = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                values.addAll(List.of("ledger-" + id, "ledger", (long) r + 1, UUID.randomUUID(), "Noted", 1,
                        String.format(PAYLOAD, id), metadata, now, Buffer.buffer(new byte[32])));
            }
            Tuple tuple = Tuple.from(values);
            return (explicitTransaction ? pool.withTransaction(tx -> tx.preparedQuery(sql).execute(tuple))
                    : pool.preparedQuery(sql).execute(tuple)).replaceWithVoid();
        });
    }

    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO bench_raw_events " + COLUMNS + " VALUES ");
        for (int r = 0; r < rows; r++) {
            int p = r * 10;
            if (r > 0) sql.append(", ");
            sql.append(String.format(ROW, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7, p + 8, p + 9, p + 10));
        }
        return sql.toString();
    }

    /** Operations per second of {@code writers} concurrent writers, each running its share one after another. */
    private double rate(int operations, Function<Integer, Uni<Void>> operation) {
        int perWriter = operations / writers;
        List<Uni<Void>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            all.add(Multi.createFrom().range(0, perWriter)
                    .onItem().transformToUniAndConcatenate(operation::apply)
                    .collect().last().replaceWithVoid());
        }
        Uni.join().all(all).andFailFast().await().indefinitely();
        return perWriter * writers / ((System.nanoTime() - start) / 1e9);
    }
}
