package id.desatumis.monitoring.application;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.monitoring.messaging.LoopStatus;
import id.desatumis.monitoring.messaging.ProjectionEngine;
import id.desatumis.monitoring.persistence.ConsumerLags;
import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.Generations;
import id.desatumis.monitoring.persistence.ProjectionDdl;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilding the projection from the topics: a new generation, created from the current {@code projection/*.sql},
 * replays every topic from the start beside the live one, which keeps answering until the new one has caught up and
 * the engine switches (see docs/projections.md). Any instance may ask; the one running the loops picks it up.
 */
@ApplicationScoped
public class ProjectionRebuild {

    /** A generation as the operator sees it: its row, where it has read to, its lag and its loop on this instance. */
    public record GenerationFigures(Generation generation, boolean builtFromCurrentFiles, Map<TopicPartition, Long> positions,
                                    long lag, Optional<LoopStatus> loop) {
    }

    private final Generations generations;
    private final GenerationPositions positions;
    private final ConsumerLags lags;
    private final ProjectionEngine engine;

    public ProjectionRebuild(Generations generations, GenerationPositions positions, ConsumerLags lags, ProjectionEngine engine) {
        this.generations = generations;
        this.positions = positions;
        this.lags = lags;
        this.engine = engine;
    }

    /** Starts a rebuild; refused (409) while one is under way. */
    public Uni<Generation> request(String requestedBy) {
        ProjectionDdl ddl = ProjectionDdl.load();
        return generations.building()
                .chain(building -> building.isPresent() ? Uni.createFrom().failure(new Generations.RebuildUnderWay())
                        : generations.create(ddl, Generation.State.BUILDING, requestedBy))
                .invoke(engine::superviseNow) // its loop starts now rather than at the supervisor's next tick
                .onFailure(Generations.RebuildUnderWay.class).transform(e ->
                        new ProblemException(RebuildProblems.REBUILD_UNDER_WAY, "a generation is being rebuilt already; it goes live once it has caught up"));
    }

    /** Every generation, the newest first; positions for those whose tables are still there. */
    public Uni<List<GenerationFigures>> overview() {
        String current = ProjectionDdl.load().hash();
        List<LoopStatus> loops = engine.loops();
        return generations.all().chain(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(g -> positionsOf(g).map(p -> new GenerationFigures(g,
                        g.ddlHash().equals(current), p, lags.of(g.number()),
                        loops.stream().filter(l -> l.generation() == g.number()).findFirst())))
                .collect().asList());
    }

    /** Whether this instance runs the loops (the others answer from the database only). */
    public boolean leading() {
        return engine.leading();
    }

    private Uni<Map<TopicPartition, Long>> positionsOf(Generation g) {
        return g.state() == Generation.State.RETIRED ? Uni.createFrom().item(Map.of()) : positions.load(g);
    }
}
