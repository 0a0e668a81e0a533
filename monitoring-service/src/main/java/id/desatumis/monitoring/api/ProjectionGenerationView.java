package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.ProjectionRebuild.GenerationFigures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** A generation of the projection, for the operator (GET /admin/projections). */
public record ProjectionGenerationView(int generation, String state, String requestedBy, OffsetDateTime startedAt,
                                       OffsetDateTime liveAt, OffsetDateTime retiredAt, String ddlHash,
                                       boolean builtFromCurrentFiles, Long consumerLag, long recordsRead,
                                       List<Position> positions, Loop loop) {

    /** The next offset the generation reads of one partition. */
    public record Position(String topic, int partition, long nextOffset) {
    }

    /** Its loop, when this instance runs it. */
    public record Loop(String state, Instant lastTurnAt, String failure) {
    }

    static ProjectionGenerationView of(GenerationFigures f) {
        var g = f.generation();
        List<Position> positions = f.positions().entrySet().stream()
                .map(e -> new Position(e.getKey().topic(), e.getKey().partition(), e.getValue()))
                .sorted(Comparator.comparing(Position::topic).thenComparing(Position::partition)).toList();
        return new ProjectionGenerationView(g.number(), g.state().name(), g.requestedBy(), g.startedAt(), g.liveAt(),
                g.retiredAt(), g.ddlHash(), f.builtFromCurrentFiles(), f.lag() < 0 ? null : f.lag(),
                positions.stream().mapToLong(Position::nextOffset).sum(), positions,
                f.loop().map(l -> new Loop(l.state().name(), l.lastTurnAt(), l.failure())).orElse(null));
    }
}
