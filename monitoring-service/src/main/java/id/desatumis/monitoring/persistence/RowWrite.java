package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One write of one projection row, read from one event. Every write of a kind has the same statement, so a batch's
 * writes of a kind go to the database together ({@link RowWrites}). A write is made so that the order a batch's
 * writes are applied in never changes the outcome: set-once facts, sums, and columns guarded by their stream's
 * version or their event's time.
 */
public interface RowWrite {

    /** The statement, the same for every write of this kind: {@code INSERT ... VALUES ($1, ...) ON CONFLICT ...}. */
    String statement();

    /** Its parameters. */
    Tuple values();

    /** The row it writes (the statement's conflict target): two writes of one row never go in one statement. */
    Object row();

    /**
     * The SQL types of its parameters ({@code uuid,text,bigint}), so that the writes of a batch go as arrays in one
     * statement; null when a parameter is itself an array (then one statement per write, pipelined).
     */
    String types();
}
