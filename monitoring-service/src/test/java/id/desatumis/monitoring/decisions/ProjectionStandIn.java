package id.desatumis.monitoring.decisions;

import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Until the projection engine fills in {@link ProjectionReads} (and HouseholdsPart's helper {@link TuntasQueries}),
 * the command side is tested against a projection schema of the test's own: the projection's tables
 * (projection/20-partners.sql, 40-desa.sql) created in schema {@code name}, forum decisions inserted there as
 * PartnersPart would write them, reads run with that schema as their search_path, and each desa's distance from
 * tuntas set by the test. Installed per test (QuarkusMock), for the test class that installs it only.
 */
final class ProjectionStandIn {

    private final Pool pool;
    private final String schema;
    private final Map<String, TuntasDistance> distances = new ConcurrentHashMap<>();

    ProjectionStandIn(Pool pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    /** Creates the schema and its tables, once per JVM (a second call finds them). */
    ProjectionStandIn create() {
        String ddl = "CREATE SCHEMA IF NOT EXISTS " + schema + "; SET search_path TO " + schema + ";"
                + resource("/projection/20-partners.sql") + resource("/projection/40-desa.sql");
        pool.withConnection(c -> c.query("SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'").execute()
                        .chain(rows -> rows.size() > 0 ? Uni.createFrom().voidItem() : c.query(ddl).execute().replaceWithVoid())
                        .call(() -> c.query("SET search_path TO DEFAULT").execute()))
                .await().atMost(Duration.ofSeconds(30));
        return this;
    }

    /** Replaces the live projection's reads and the tuntas distance for the current test. */
    void install() {
        QuarkusMock.installMockForType(new ProjectionReads(pool, null, null) {
            @Override
            public <T> Uni<T> read(Function<SqlConnection, Uni<T>> reads) {
                return pool.withTransaction(c -> c.query("SET LOCAL search_path TO " + schema).execute()
                        .chain(() -> reads.apply(c)));
            }
        }, ProjectionReads.class);
        QuarkusMock.installMockForType(new TuntasQueries() {
            @Override
            public Uni<TuntasDistance> distance(SqlConnection tx, String desaCode) {
                return Uni.createFrom().item(distances.getOrDefault(desaCode, DecisionsFixture.NOTHING_VERIFIED));
            }
        }, TuntasQueries.class);
    }

    void distance(String desaCode, TuntasDistance distance) {
        distances.put(desaCode, distance);
    }

    /** A forum decision as partner-service published it, under a fresh number; its number. */
    String decision(String prefix, String forumType, String areaCode, String approvesKind) {
        String number = prefix + "/" + UUID.randomUUID();
        pool.preparedQuery("INSERT INTO " + schema + ".decisions (number, forum_id, forum_type, area_code, approves_kind, "
                        + "decided_on, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, now())")
                .execute(Tuple.of(number, UUID.randomUUID(), forumType, areaCode, approvesKind, LocalDate.now()))
                .await().atMost(Duration.ofSeconds(10));
        return number;
    }

    <T> T query(Function<SqlConnection, Uni<T>> reads) {
        return pool.withTransaction(c -> c.query("SET LOCAL search_path TO " + schema).execute().chain(() -> reads.apply(c)))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static String resource(String name) {
        try (InputStream in = ProjectionStandIn.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
