package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.function.Function;

/** An answer read from the projection, with how fresh the projection was when it was read. */
public record Fresh<T>(T value, Freshness freshness) {

    /** Runs the reads on the live generation, and gives their answer with its freshness, of the same snapshot. */
    public static <T> Uni<Fresh<T>> read(ProjectionReads reads, Function<SqlConnection, Uni<T>> work) {
        return reads.read(tx -> work.apply(tx).chain(value -> reads.freshness(tx).map(f -> new Fresh<>(value, f))));
    }
}
