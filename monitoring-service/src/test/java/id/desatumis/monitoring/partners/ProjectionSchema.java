package id.desatumis.monitoring.partners;

import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.messaging.ProjectionPart;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A schema of its own holding the projection's tables (projection/*.sql, in name order), fed by the parts directly,
 * as the engine does: until the engine runs them, the tests of the parts and their queries run here.
 */
final class ProjectionSchema {

    static final List<String> TABLES = List.of("actors", "pledges", "reservations", "forums", "forum_attendance",
            "decisions", "responsibility", "need_listings", "needs", "interventions", "deliveries", "budget_lines");

    private final Pool pool;
    final String name = "parts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    ProjectionSchema(Pool pool) {
        this.pool = pool;
        StringBuilder ddl = new StringBuilder("CREATE SCHEMA " + name + "; SET search_path TO " + name + ";\n");
        for (Path file : files()) ddl.append(read(file)).append('\n');
        ddl.append("RESET search_path;");
        pool.query(ddl.toString()).execute().await().indefinitely();
    }

    /** Applies the events in batches of {@code batch}, each batch in one transaction through every part. */
    void apply(List<StoryEvents.Published> events, int batch, List<ProjectionPart<?>> parts) {
        apply(events, batch, parts, true);
    }

    /**
     * As a rebuilt generation gets them: every batch through the parts' {@code applyBuilding}, then their
     * {@code beforeLive} in a transaction of its own, as the switch runs it.
     */
    void rebuild(List<StoryEvents.Published> events, int batch, List<ProjectionPart<?>> parts) {
        apply(events, batch, parts, false);
        in(tx -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ProjectionPart<?> part : parts) chain = chain.chain(() -> part.beforeLive(tx));
            return chain;
        });
    }

    private void apply(List<StoryEvents.Published> events, int batch, List<ProjectionPart<?>> parts, boolean live) {
        for (int i = 0; i < events.size(); i += batch) {
            List<ConsumedEvent> slice = events.subList(i, Math.min(events.size(), i + batch)).stream()
                    .map(StoryEvents.Published::consumed).toList();
            in(tx -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (ProjectionPart<?> part : parts) chain = chain.chain(() -> feed(tx, part, slice, live).replaceWithVoid());
                return chain;
            });
        }
    }

    private static <T> Uni<?> feed(SqlConnection tx, ProjectionPart<T> part, List<ConsumedEvent> events, boolean live) {
        List<Change<T>> changes = new ArrayList<>();
        for (ConsumedEvent e : events) {
            Optional<T> change = part.read(e);
            change.ifPresent(c -> changes.add(new Change<>(e, c)));
        }
        return live ? part.apply(tx, changes) : part.applyBuilding(tx, changes);
    }

    /** Runs the work in one transaction whose search_path is this schema. */
    <T> T in(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(tx -> tx.query("SET LOCAL search_path TO " + name).execute()
                .chain(() -> work.apply(tx))).await().indefinitely();
    }

    /** Every row of every table of the two parts, as text, sorted: what two arrival orders must agree on. */
    List<String> rows() {
        List<String> all = new ArrayList<>();
        for (String table : TABLES) {
            in(tx -> tx.query("SELECT '" + table + " ' || t::text FROM " + table + " t ORDER BY 1").execute()
                    .map(rows -> {
                        rows.forEach(r -> all.add(r.getString(0)));
                        return rows.size();
                    }));
        }
        return all;
    }

    void drop() {
        pool.query("DROP SCHEMA " + name + " CASCADE").execute().await().indefinitely();
    }

    private static List<Path> files() {
        try (Stream<Path> s = Files.list(Path.of(ProjectionSchema.class.getResource("/projection").toURI()))) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
