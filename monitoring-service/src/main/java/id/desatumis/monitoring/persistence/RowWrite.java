package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One write of one projection row, read from one event. Every write of a kind has the same statement, so a batch's
 * writes of a kind go to the database together ({@link RowWrites}). A write is made so that the order a batch's
 * writes are applied in never changes the outcome: set-once facts, sums, and columns guarded by their stream's
 * version or their event's time.
 */
public interface RowWrite {

    /**
     * The statement, the same for every write of this kind: {@code INSERT ... VALUES ($1::uuid, ...) ON CONFLICT ...},
     * each parameter cast to its type where it first appears.
     */
    String statement();

    /** Its parameters. */
    Tuple values();

    /** The row it writes (the statement's conflict target; its first parameter unless said otherwise). */
    default Object row() {
        return values().getValue(0);
    }
}
