package id.desatumis.registry.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(name = "ImportRefusal", description = "A refused row: its number and the rule it broke, never its content")
    public record Refusal(
            @Schema(description = "The row's number in the file, the header row being 1", required = true, minimum = "1",
                    examples = "17") int rowNumber,
            @Schema(description = "The column", required = true, examples = "nik") String field,
            @Schema(description = "The rule broken (a problem type's slug)", required = true, examples = "nik-format") String rule,
            @Schema(description = "The rule in words", required = true, examples = "a NIK is 16 digits") String message) {
    }

    public record Progress(int rowsRead, int householdsCreated, int peopleCreated, int rowsRefused, int rowsFlagged) {
    }

    @Schema(name = "ImportStatus", description = "An import's status, counts and a page of its refused rows")
    public record View(
            @Schema(description = "The import's id", required = true, format = "uuid",
                    examples = "c2d9a7e4-1b3f-4e8a-9c5d-6f0a2b4e8d13") String importId,
            @Schema(description = "Where it is", required = true, enumeration = {"received", "processing", "done", "failed"},
                    examples = "done") String status,
            @Schema(description = "The file's size in bytes", required = true, minimum = "1", examples = "48213") long bytes,
            @Schema(description = "Rows read so far", required = true, minimum = "0", examples = "120") int rowsRead,
            @Schema(description = "Households created", required = true, minimum = "0", examples = "31") int householdsCreated,
            @Schema(description = "People created", required = true, minimum = "0", examples = "117") int peopleCreated,
            @Schema(description = "Rows refused", required = true, minimum = "0", examples = "3") int rowsRefused,
            @Schema(description = "Rows accepted and flagged as likely duplicates", required = true, minimum = "0",
                    examples = "1") int rowsFlagged,
            @Schema(description = "When it was received", required = true, examples = "2026-11-30T08:15:02Z") OffsetDateTime receivedAt,
            @Schema(description = "When processing started; null before", nullable = true, examples = "2026-11-30T08:15:03Z") OffsetDateTime startedAt,
            @Schema(description = "When it finished; null before", nullable = true, examples = "2026-11-30T08:16:40Z") OffsetDateTime finishedAt,
            @Schema(description = "Why it failed (a kind of error and the last row read; never a row's content); null unless "
                    + "failed", nullable = true,
                    examples = "IOException after row 120") String failure,
            @Schema(description = "A page of the refused rows", required = true) List<Refusal> refusals) {
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
