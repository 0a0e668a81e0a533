package id.desatumis.monitoring.partners;

import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.time.OffsetDateTime;
import java.util.function.Function;

/** The use cases' reads pointed at a test schema instead of the live generation (until the engine runs the parts). */
final class SchemaReads extends ProjectionReads {

    static final Freshness FRESHNESS = new Freshness(OffsetDateTime.parse("2026-07-01T00:00:00Z"),
            OffsetDateTime.parse("2026-07-01T00:00:01Z"), 0);

    private final ProjectionSchema schema;

    SchemaReads(Pool pool, ProjectionSchema schema) {
        super(pool, null, null);
        this.schema = schema;
    }

    @Override
    public <T> Uni<T> read(Function<SqlConnection, Uni<T>> reads) {
        return Uni.createFrom().item(() -> schema.in(reads));
    }

    @Override
    public Uni<Freshness> freshness() {
        return Uni.createFrom().item(FRESHNESS);
    }

    @Override
    public Uni<Freshness> freshness(SqlConnection tx) {
        return Uni.createFrom().item(FRESHNESS);
    }
}
