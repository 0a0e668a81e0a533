package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.ProjectionRebuild.GenerationFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** A generation of the projection, for the operator (GET /admin/projections). */
@Schema(description = "A generation of the projection: one PostgreSQL schema built from the topics")
public record ProjectionGenerationView(
        @Schema(description = "Its number", required = true, minimum = "1", examples = "3") int generation,
        @Schema(description = "Its state", required = true, enumeration = {"BUILDING", "LIVE", "RETIRED"},
                examples = "LIVE") String state,
        @Schema(description = "Who asked for it (a token's subject; startup for one built at start)", examples = "dinsos-sri")
        String requestedBy,
        @Schema(description = "When it started", examples = "2026-03-01T01:00:00Z") OffsetDateTime startedAt,
        @Schema(description = "When it went live; null before", examples = "2026-03-01T01:04:10Z") OffsetDateTime liveAt,
        @Schema(description = "When it was retired; null before", examples = "2026-03-02T01:04:10Z")
        OffsetDateTime retiredAt,
        @Schema(description = "The hash of the projection SQL it was built with", examples = "9f86d081884c7d65")
        String ddlHash,
        @Schema(description = "Whether that SQL is the running code's", required = true, examples = "true")
        boolean builtFromCurrentFiles,
        @Schema(description = "Records of the topics it has not applied yet; null when unknown", minimum = "0",
                examples = "0") Long consumerLag,
        @Schema(description = "Records read: the sum of its next offsets", required = true, minimum = "0",
                examples = "105850") long recordsRead,
        @Schema(description = "Its next offset per topic partition", required = true) List<Position> positions,
        @Schema(description = "Its loop, when this instance runs it; null otherwise") Loop loop) {

    /** The next offset the generation reads of one partition. */
    @Schema(description = "The next offset a generation reads of one partition")
    public record Position(
            @Schema(description = "The topic", required = true, examples = "desatumis.registry.household.v1") String topic,
            @Schema(description = "The partition", required = true, minimum = "0", examples = "0") int partition,
            @Schema(description = "The next offset", required = true, minimum = "0", examples = "5120") long nextOffset) {
    }

    /** Its loop, when this instance runs it. */
    @Schema(description = "A generation's loop on this instance")
    public record Loop(
            @Schema(description = "The loop's state", required = true, examples = "RUNNING", enumeration = {"STARTING",
                    "RUNNING", "RETRYING", "STOPPED_MALFORMED", "STOPPED"}) String state,
            @Schema(description = "When it last turned", examples = "2026-03-02T09:14:06Z") Instant lastTurnAt,
            @Schema(description = "Why it fails or stopped; null while it runs") String failure) {
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
