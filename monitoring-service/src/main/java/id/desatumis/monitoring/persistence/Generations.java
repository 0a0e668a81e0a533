package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The projection_generations table (V30), the only writer of it, and of the generations' schemas: creating one from
 * the projection's SQL files, switching a rebuilt one live, dropping a retired one.
 */
@ApplicationScoped
public class Generations {

    private static final String ONE_BUILDING = "projection_generations_one_building";
    private static final String COLUMNS = "generation, ddl_hash, state, requested_by, started_at, live_at, retired_at";

    private final Pool pool;

    public Generations(Pool pool) {
        this.pool = pool;
    }

    /** Every generation, the newest first. */
    public Uni<List<Generation>> all() {
        return pool.query("SELECT " + COLUMNS + " FROM projection_generations ORDER BY generation DESC").execute()
                .map(rows -> {
                    List<Generation> all = new ArrayList<>();
                    rows.forEach(r -> all.add(of(r)));
                    return all;
                });
    }

    public Uni<Optional<Generation>> live() {
        return inState(Generation.State.LIVE);
    }

    public Uni<Optional<Generation>> building() {
        return inState(Generation.State.BUILDING);
    }

    private Uni<Optional<Generation>> inState(Generation.State state) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM projection_generations WHERE state = $1 ORDER BY generation DESC LIMIT 1")
                .execute(Tuple.of(state.name()))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next())));
    }

    /** Refused: a generation is BUILDING already (one rebuild at a time, V31's unique index). */
    public static final class RebuildUnderWay extends RuntimeException {
        public RebuildUnderWay() {
            super("a generation is being rebuilt already");
        }
    }

    /**
     * A new generation in the given state (LIVE when there is none, else BUILDING): its row, its schema and every
     * table of {@code ddl}, in one transaction. The unique indexes refuse a second live one, and a second one
     * building ({@link RebuildUnderWay}).
     */
    public Uni<Generation> create(ProjectionDdl ddl, Generation.State state, String requestedBy) {
        return createIn(ddl, state, requestedBy).onFailure(PgException.class).transform(e ->
                ONE_BUILDING.equals(((PgException) e).getConstraint()) ? new RebuildUnderWay() : e);
    }

    private Uni<Generation> createIn(ProjectionDdl ddl, Generation.State state, String requestedBy) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        INSERT INTO projection_generations (generation, schema_name, ddl_hash, state, requested_by, live_at)
                        SELECT n, 'projection_g' || n, $1, $2, $3, CASE WHEN $2 = 'LIVE' THEN now() END
                        FROM (SELECT coalesce(max(generation), 0) + 1 AS n FROM projection_generations) g
                        RETURNING\s""" + COLUMNS)
                .execute(Tuple.of(ddl.hash(), state.name(), requestedBy))
                .map(rows -> of(rows.iterator().next()))
                .call(g -> tx.query("CREATE SCHEMA " + g.schema()).execute()
                        .chain(() -> tx.preparedQuery("SELECT set_config('search_path', $1, true)").execute(Tuple.of(g.searchPath())))
                        .chain(() -> Multi.createFrom().iterable(ddl.files().entrySet())
                                .onItem().transformToUniAndConcatenate(file -> run(tx, file))
                                .collect().last())));
    }

    private static Uni<Void> run(SqlConnection tx, Map.Entry<String, String> file) {
        // the simple query protocol: a file may hold many statements
        return tx.query(file.getValue()).execute().replaceWithVoid()
                .onFailure().transform(e -> new IllegalStateException("projection/" + file.getKey() + " fails: " + e.getMessage(), e));
    }

    /**
     * The rebuilt generation goes live and the live one retires, in one transaction; false (and nothing changed) if
     * either is no longer in the state the switch expects. The transaction first locks the rebuilt generation's row
     * (waiting for its batch under way, holding back its next: {@link GenerationScope#enter}), then runs
     * {@code derive} with the search_path set to it: what its parts left out while building is derived from every
     * batch it committed, and from none it has not.
     */
    public Uni<Boolean> switchLive(Generation building, int live, Function<SqlConnection, Uni<Void>> derive) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        SELECT set_config('search_path', $2, true) FROM projection_generations
                        WHERE generation = $1 AND state = 'BUILDING' FOR UPDATE""")
                .execute(Tuple.of(building.number(), building.searchPath()))
                .chain(locked -> locked.rowCount() != 1 ? Uni.createFrom().item(false)
                        : derive.apply(tx).chain(() -> promote(tx, building.number(), live))));
    }

    /** Retires the live one, promotes the rebuilt one; the times are the end of the switch, its derivations done. */
    private static Uni<Boolean> promote(SqlConnection tx, int building, int live) {
        return tx.preparedQuery("""
                        UPDATE projection_generations SET state = 'RETIRED', retired_at = clock_timestamp()
                        WHERE generation = $1 AND state = 'LIVE'""").execute(Tuple.of(live))
                .chain(retired -> retired.rowCount() != 1 ? Uni.createFrom().item(false) : tx.preparedQuery("""
                                UPDATE projection_generations SET state = 'LIVE', live_at = clock_timestamp()
                                WHERE generation = $1 AND state = 'BUILDING'""").execute(Tuple.of(building))
                        .map(promoted -> promoted.rowCount() == 1)
                        .call(ok -> ok ? Uni.createFrom().voidItem()
                                : Uni.createFrom().failure(new IllegalStateException("generation " + building + " is not BUILDING"))));
    }

    /** A generation given up (a rebuild that will not finish): RETIRED, so that its schema may be dropped. */
    public Uni<Void> retire(int generation) {
        return pool.preparedQuery("""
                        UPDATE projection_generations SET state = 'RETIRED', retired_at = coalesce(retired_at, now())
                        WHERE generation = $1 AND state <> 'LIVE'""").execute(Tuple.of(generation)).replaceWithVoid();
    }

    /**
     * Drops a retired generation's schema, with its deduplication marks (projection/00-engine.sql), and the marks a
     * generation created before them kept in public (again harmlessly).
     */
    public Uni<Void> drop(Generation retired) {
        if (retired.state() != Generation.State.RETIRED) {
            return Uni.createFrom().failure(new IllegalStateException("generation " + retired.number() + " is " + retired.state()));
        }
        return pool.withTransaction(tx -> tx.query("SET LOCAL client_min_messages TO warning").execute() // no NOTICE per table
                .chain(() -> tx.query("DROP SCHEMA IF EXISTS " + retired.schema() + " CASCADE").execute())
                .chain(() -> tx.preparedQuery("DELETE FROM public.consumer_stream_marks WHERE consumer = $1")
                        .execute(Tuple.of(retired.consumer())))
                .replaceWithVoid());
    }

    /** The retired generations whose schema is still there. */
    public Uni<List<Generation>> retiredNotDropped() {
        return pool.query("SELECT " + COLUMNS + """
                         FROM projection_generations g
                        WHERE g.state = 'RETIRED' AND EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = g.schema_name)""")
                .execute().map(rows -> {
                    List<Generation> out = new ArrayList<>();
                    rows.forEach(r -> out.add(of(r)));
                    return out;
                });
    }

    private static Generation of(Row r) {
        return new Generation(r.getInteger("generation"), r.getString("ddl_hash"),
                Generation.State.valueOf(r.getString("state")), r.getString("requested_by"),
                r.getOffsetDateTime("started_at"), r.getOffsetDateTime("live_at"), r.getOffsetDateTime("retired_at"));
    }
}
