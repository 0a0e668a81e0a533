package id.desatumis.monitoring.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A schema of the test's own holding every projection table (src/main/resources/projection/*.sql, in file-name
 * order), as the engine creates one per generation: the parts' writes and the queries are tested on it, apart from
 * the engine and from every other test.
 */
public final class ProjectionSchema {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;
    private final String name;

    private ProjectionSchema(Pool pool, String name) {
        this.pool = pool;
        this.name = name;
    }

    /** A new schema with every projection table. */
    public static ProjectionSchema create(Pool pool) {
        String name = "projection_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ProjectionSchema schema = new ProjectionSchema(pool, name);
        schema.run(tx -> {
            Uni<Void> chain = tx.query("CREATE SCHEMA " + name).execute()
                    .chain(() -> tx.query("SET LOCAL search_path TO " + name).execute()).replaceWithVoid();
            for (String ddl : ddl()) chain = chain.chain(() -> tx.query(ddl).execute()).replaceWithVoid();
            return chain;
        });
        return schema;
    }

    /** The engine's live generation, to set up rows of tables whose parts have not landed yet (tests only). */
    public static ProjectionSchema live(Pool pool) {
        String name = pool.query("SELECT schema_name FROM projection_generations WHERE state = 'LIVE'").execute()
                .await().atMost(WAIT).iterator().next().getString(0);
        return new ProjectionSchema(pool, name);
    }

    /** Runs statements in one transaction whose search_path is this schema, and waits for their answer. */
    public <T> T run(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(tx -> tx.query("SET LOCAL search_path TO " + name).execute()
                .chain(() -> work.apply(tx))).await().atMost(WAIT);
    }

    public void drop() {
        pool.query("DROP SCHEMA " + name + " CASCADE").execute().await().atMost(WAIT);
    }

    private static List<String> ddl() {
        try {
            Path folder = Path.of(ProjectionSchema.class.getResource("/projection").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the projection's DDL", e);
        }
    }
}
