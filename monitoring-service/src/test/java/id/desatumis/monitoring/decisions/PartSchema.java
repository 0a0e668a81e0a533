package id.desatumis.monitoring.decisions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * A projection schema of the test's own, for a part tested apart from the engine that feeds it: the part's table
 * (projection/40-desa.sql) created in schema {@code name} once per JVM, and work run with that schema as its
 * search_path, as the engine runs a batch.
 */
final class PartSchema {

    private final Pool pool;
    private final String schema;

    PartSchema(Pool pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    PartSchema create() {
        String ddl = "CREATE SCHEMA " + schema + "; SET LOCAL search_path TO " + schema + ";" + resource("/projection/40-desa.sql");
        pool.withTransaction(c -> c.query("SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'").execute()
                        .chain(rows -> rows.size() > 0 ? Uni.createFrom().voidItem() : c.query(ddl).execute().replaceWithVoid()))
                .await().atMost(Duration.ofSeconds(30));
        return this;
    }

    <T> T run(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(c -> c.query("SET LOCAL search_path TO " + schema).execute().chain(() -> work.apply(c)))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static String resource(String name) {
        try (InputStream in = PartSchema.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
