package id.desatumis.monitoring.persistence;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.monitoring.domain.Freshness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Every query of the programme projection goes through here: it runs in a read-only transaction whose
 * {@code search_path} is the live generation's schema, so a query names the tables unqualified and a rebuild switches
 * every reader at once.
 *
 * <p>The live generation is looked up by the same statement that sets the search_path (one round trip, which the
 * transaction needs anyway), so a reader never uses a generation that has been switched away, on whichever instance
 * the switch happened; the last one seen is kept for {@link #liveGeneration()}.
 */
@ApplicationScoped
public class ProjectionReads {

    private static final String ENTER_LIVE = """
            SELECT generation, set_config('search_path', schema_name || ', public', true),
                   set_config('transaction_read_only', 'on', true)
            FROM projection_generations WHERE state = 'LIVE'""";

    private final Pool pool;
    private final GenerationFreshness freshness;
    private final ConsumerLags lags;
    private volatile int live;

    public ProjectionReads(Pool pool, GenerationFreshness freshness, ConsumerLags lags) {
        this.pool = pool;
        this.freshness = freshness;
        this.lags = lags;
    }

    /** Runs the reads against the live generation (503 while the first generation is not there yet). */
    public <T> Uni<T> read(Function<SqlConnection, Uni<T>> reads) {
        return pool.withTransaction(tx -> enterLive(tx).chain(generation -> reads.apply(tx)));
    }

    /** How fresh the live generation is. */
    public Uni<Freshness> freshness() {
        return pool.withTransaction(tx -> enterLive(tx).chain(generation -> freshness(tx)));
    }

    /** How fresh the live generation is, inside {@link #read}: the same snapshot as the reads. */
    public Uni<Freshness> freshness(SqlConnection tx) {
        return freshness.figures(tx).map(f -> new Freshness(f.lastEventAt(), f.lastAppliedAt(), lags.of(f.generation())));
    }

    /** The live generation as last seen by a read; empty before the first. */
    public OptionalInt liveGeneration() {
        int g = live;
        return g == 0 ? OptionalInt.empty() : OptionalInt.of(g);
    }

    private Uni<Integer> enterLive(SqlConnection tx) {
        return tx.query(ENTER_LIVE).execute().map(rows -> {
            if (rows.rowCount() == 0) {
                throw new ProblemException(Problems.UNAVAILABLE, "the projection is being built for the first time");
            }
            live = rows.iterator().next().getInteger(0);
            return live;
        });
    }
}
