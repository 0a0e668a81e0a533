package id.desatumis.assistance.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What each intervention holds on each budget line (table {@code budget_commitments}): committed, realised and
 * released rupiah, and the deliveries realised. Written with the line's events under its stream's lock; the ledger
 * reads the one row a decision concerns instead of folding the line's whole stream.
 */
@ApplicationScoped
public class BudgetCommitmentsTable {

    /** One intervention's row. */
    public record Commitment(UUID lineId, UUID interventionId, long committedRupiah, long realisedRupiah,
                             long releasedRupiah, Set<UUID> deliveries, OffsetDateTime firstCommittedAt,
                             OffsetDateTime updatedAt) {
    }

    /** What one event did to an intervention's row; {@code deliveryId} is the delivery realised, or null. */
    public record Change(UUID lineId, UUID interventionId, long committedDelta, long realisedDelta, long releasedDelta,
                         UUID deliveryId) {
    }

    /** The columns read, with a space after them, so that a query goes on with FROM. */
    private static final String COLUMNS = "line_id, intervention_id, committed_rupiah, realised_rupiah, "
            + "released_rupiah, delivery_ids, first_committed_at, updated_at ";

    public Uni<Optional<Commitment>> find(SqlClient c, UUID lineId, UUID interventionId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM budget_commitments WHERE line_id = $1 AND intervention_id = $2")
                .execute(Tuple.of(lineId, interventionId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(commitment(rows.iterator().next())));
    }

    /** A line's commitments, the first made first. */
    public Uni<List<Commitment>> page(SqlClient c, UUID lineId, int page, int size) {
        return c.preparedQuery("SELECT " + COLUMNS + """
                         FROM budget_commitments WHERE line_id = $1
                        ORDER BY first_committed_at, intervention_id LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(lineId, size, (long) page * size))
                .map(rows -> {
                    List<Commitment> out = new ArrayList<>();
                    rows.forEach(r -> out.add(commitment(r)));
                    return out;
                });
    }

    /** A commitment still held by an intervention that will never use it (cancelled or written off). */
    public record Stranded(UUID lineId, UUID interventionId) {
    }

    /**
     * Commitments still held by interventions cancelled or written off: what a cancellation in another use case's
     * transaction (a need withdrawn by a later assessment, a graduation) could not release with it.
     */
    public Uni<List<Stranded>> stranded(SqlClient c, int limit) {
        return c.preparedQuery("""
                        SELECT b.line_id, b.intervention_id FROM budget_commitments b
                         WHERE b.committed_rupiah > 0
                           AND EXISTS (SELECT 1 FROM interventions i WHERE i.intervention_id = b.intervention_id
                                          AND i.stage IN ('CANCELLED', 'WRITTEN_OFF'))
                         ORDER BY b.line_id, b.intervention_id LIMIT $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<Stranded> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Stranded(r.getUUID("line_id"), r.getUUID("intervention_id"))));
                    return out;
                });
    }

    public Uni<Long> count(SqlClient c, UUID lineId) {
        return c.preparedQuery("SELECT count(*) FROM budget_commitments WHERE line_id = $1").execute(Tuple.of(lineId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Applies the changes in order, one statement each (an append's events are few: a plan's commitment, a
     * cancellation's release, a delivery's realisation). A commitment makes the row or adds to it; a release or a
     * realisation changes a row its commitment made (a CHECK is tested on a row proposed for insertion too, so a
     * negative amount never goes through an insert).
     */
    public Uni<Void> changed(SqlClient tx, List<Change> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Change ch : changes) {
            chain = chain.chain(() -> (ch.committedDelta() > 0 ? committed(tx, ch) : moved(tx, ch)).replaceWithVoid());
        }
        return chain;
    }

    private static Uni<RowSet<Row>> committed(SqlClient tx, Change ch) {
        return tx.preparedQuery("""
                        INSERT INTO budget_commitments AS c (line_id, intervention_id, committed_rupiah)
                        VALUES ($1, $2, $3)
                        ON CONFLICT (line_id, intervention_id) DO UPDATE
                        SET committed_rupiah = c.committed_rupiah + EXCLUDED.committed_rupiah, updated_at = now()""")
                .execute(Tuple.of(ch.lineId(), ch.interventionId(), ch.committedDelta()));
    }

    private static Uni<RowSet<Row>> moved(SqlClient tx, Change ch) {
        return tx.preparedQuery("""
                        UPDATE budget_commitments
                        SET committed_rupiah = committed_rupiah + $3, realised_rupiah = realised_rupiah + $4,
                            released_rupiah = released_rupiah + $5,
                            delivery_ids = CASE WHEN $6::uuid IS NULL THEN delivery_ids ELSE delivery_ids || $6::uuid END,
                            updated_at = now()
                        WHERE line_id = $1 AND intervention_id = $2""")
                .execute(Tuple.tuple(Arrays.asList(ch.lineId(), ch.interventionId(), ch.committedDelta(),
                        ch.realisedDelta(), ch.releasedDelta(), ch.deliveryId())));
    }

    private static Commitment commitment(Row r) {
        return new Commitment(r.getUUID("line_id"), r.getUUID("intervention_id"), r.getLong("committed_rupiah"),
                r.getLong("realised_rupiah"), r.getLong("released_rupiah"), Set.copyOf(Arrays.asList(r.getArrayOfUUIDs("delivery_ids"))),
                r.getOffsetDateTime("first_committed_at"), r.getOffsetDateTime("updated_at"));
    }
}
