package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.application.Freshness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Every query of the programme projection goes through here: it runs in a read-only transaction whose
 * {@code search_path} is the live generation's schema, so a query names the tables unqualified and a rebuild switches
 * every reader at once.
 */
@ApplicationScoped
public class ProjectionReads {

    private final Pool pool;

    public ProjectionReads(Pool pool) {
        this.pool = pool;
    }

    /** Runs the reads against the live generation. */
    public <T> Uni<T> read(Function<SqlConnection, Uni<T>> reads) {
        throw new UnsupportedOperationException("the projection engine fills this in");
    }

    /** How fresh the live generation is. */
    public Uni<Freshness> freshness() {
        throw new UnsupportedOperationException("the projection engine fills this in");
    }
}
