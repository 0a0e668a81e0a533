package id.desatumis.kit.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A projection for the inbox's tests: one row per event applied, with no unique constraint, so a double shows as two
 * rows. It can be told to fail after a number of rows (a crash in the middle of a batch), and it records whether the
 * transaction had an id when its first statement ran (it must not: the stream locks come before any write).
 */
final class CountingProjection implements BatchProjection<String> {

    static final String COUNTED = "id.desatumis.kittest.Counted.v1";
    static final String TABLE = """
            CREATE TABLE IF NOT EXISTS inbox_test_applied (
                consumer text NOT NULL, stream_id text NOT NULL, sequence bigint NOT NULL, payload text NOT NULL)""";

    private final String consumer;
    private final AtomicInteger failAfterRows = new AtomicInteger(-1);
    final AtomicBoolean hadTransactionIdBeforeFirstWrite = new AtomicBoolean();

    CountingProjection(String consumer) {
        this.consumer = consumer;
    }

    /** The next batch fails after this many rows; the batch after it succeeds. */
    void failNextBatchAfter(int rows) {
        failAfterRows.set(rows);
    }

    @Override
    public Optional<String> read(ConsumedEvent event) {
        if (!COUNTED.equals(event.type())) return Optional.empty();
        if (!event.payloadJson().startsWith("{")) throw new ConsumedEvent.MalformedEvent("not JSON: " + event.id());
        return Optional.of(event.payloadJson());
    }

    @Override
    public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<String>> batch) {
        return tx.query("SELECT pg_current_xact_id_if_assigned() IS NOT NULL").execute()
                .invoke(rows -> {
                    if (rows.iterator().next().getBoolean(0)) hadTransactionIdBeforeFirstWrite.set(true);
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, List<Change<String>> fresh) {
        int failAfter = failAfterRows.getAndSet(-1);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < fresh.size(); i++) {
            if (i == failAfter) {
                return chain.chain(() -> Uni.createFrom().failure(new IllegalStateException("crashed in the middle of a batch")));
            }
            ConsumedEvent e = fresh.get(i).event();
            chain = chain.chain(() -> tx.preparedQuery("INSERT INTO inbox_test_applied VALUES ($1, $2, $3, $4)")
                    .execute(Tuple.of(consumer, e.subject(), e.sequence(), e.payloadJson())).replaceWithVoid());
        }
        return chain;
    }
}
