package id.desatumis.registry.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The imports table: status, counts, and refused rows (number and rule only). */
@ApplicationScoped
public class ImportStore {

    private final Pool pool;

    public ImportStore(Pool pool) {
        this.pool = pool;
    }

    /** A refused row of an import: its number and the rule it broke (never its content). */
    public record Refusal(int rowNumber, String field, String rule, String message) {
    }

    public record Progress(int rowsRead, int householdsCreated, int peopleCreated, int rowsRefused, int rowsFlagged) {
    }

    public record View(String importId, String status, long bytes, int rowsRead, int householdsCreated, int peopleCreated,
                       int rowsRefused, int rowsFlagged, OffsetDateTime receivedAt, OffsetDateTime startedAt,
                       OffsetDateTime finishedAt, String failure, List<Refusal> refusals) {
    }

    public Uni<Void> create(UUID id, String by, byte[] sha256, long bytes) {
        return pool.preparedQuery("INSERT INTO imports (import_id, status, submitted_by, file_sha256, bytes) VALUES ($1, 'received', $2, $3, $4)")
                .execute(Tuple.of(id, by, Buffer.buffer(sha256), bytes)).replaceWithVoid();
    }

    public Uni<Void> started(UUID id) {
        return pool.preparedQuery("UPDATE imports SET status = 'processing', started_at = now() WHERE import_id = $1")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Records a batch's refusals and the running counts together. */
    public Uni<Void> progress(UUID id, Progress p, List<Refusal> refusals) {
        return pool.withTransaction(tx -> {
            Uni<Void> r = Uni.createFrom().voidItem();
            if (!refusals.isEmpty()) {
                List<Tuple> rows = new ArrayList<>();
                refusals.forEach(f -> rows.add(Tuple.of(id, f.rowNumber(), f.field(), f.rule(), f.message())));
                r = tx.preparedQuery("INSERT INTO import_refusals (import_id, row_number, field, rule, message) VALUES ($1, $2, $3, $4, $5)")
                        .executeBatch(rows).replaceWithVoid();
            }
            return r.chain(() -> tx.preparedQuery("""
                            UPDATE imports SET rows_read = $2, households_created = $3, people_created = $4, rows_refused = $5,
                                               rows_flagged = $6
                            WHERE import_id = $1""")
                    .execute(Tuple.tuple(List.of(id, p.rowsRead(), p.householdsCreated(), p.peopleCreated(), p.rowsRefused(),
                            p.rowsFlagged())))
                    .replaceWithVoid());
        });
    }

    public Uni<Void> finished(UUID id, String status, String failure) {
        return pool.preparedQuery("UPDATE imports SET status = $2, failure = $3, finished_at = now() WHERE import_id = $1")
                .execute(Tuple.of(id, status, failure)).replaceWithVoid();
    }

    public Uni<View> find(UUID id, int refusalsPage, int refusalsSize) {
        return pool.preparedQuery("SELECT * FROM imports WHERE import_id = $1").execute(Tuple.of(id)).chain(rows -> {
            if (rows.rowCount() == 0) return Uni.createFrom().nullItem();
            var r = rows.iterator().next();
            return pool.preparedQuery("""
                            SELECT row_number, field, rule, message FROM import_refusals WHERE import_id = $1
                            ORDER BY row_number, field LIMIT $2 OFFSET $3""")
                    .execute(Tuple.of(id, refusalsSize, (long) refusalsPage * refusalsSize))
                    .map(refused -> {
                        List<Refusal> list = new ArrayList<>();
                        refused.forEach(x -> list.add(new Refusal(x.getInteger(0), x.getString(1), x.getString(2), x.getString(3))));
                        return new View(id.toString(), r.getString("status"), r.getLong("bytes"), r.getInteger("rows_read"),
                                r.getInteger("households_created"), r.getInteger("people_created"), r.getInteger("rows_refused"),
                                r.getInteger("rows_flagged"), r.getOffsetDateTime("received_at"), r.getOffsetDateTime("started_at"),
                                r.getOffsetDateTime("finished_at"), r.getString("failure"), list);
                    });
        });
    }
}
