package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.domain.TuntasStatus;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A desa's tuntas status and its distance: what is open, by kind and by responsible actor. */
@ApplicationScoped
public class DesaTuntas {

    /** The answer of {@code GET /desa/{code}/tuntas}. */
    @Schema(name = "TuntasAnswer")
    public record Answer(String desaCode, TuntasStatus status, OffsetDateTime declaredAt, String decisionNumber,
                         int householdsOpen, int needsOpen, Map<String, Integer> openByKind,
                         List<ActorOpen> openByActor, int unplannedOpen, Freshness freshness) {
    }

    /** Needs open with one responsible actor (name and type null while partner-service has not told of it). */
    public record ActorOpen(UUID actorId, String name, String type, int needsOpen) {
    }

    private final ProjectionReads reads;
    private final TuntasQueries tuntas;

    public DesaTuntas(ProjectionReads reads, TuntasQueries tuntas) {
        this.reads = reads;
        this.tuntas = tuntas;
    }

    public Uni<Answer> of(String desaCode) {
        return reads.read(tx -> tuntas.distance(tx, desaCode).chain(distance -> Uni.combine().all()
                .unis(tuntas.actors(tx, distance.openByActor().keySet()), tuntas.statuses(tx, List.of(desaCode)),
                        tuntas.declaration(tx, desaCode), reads.freshness(tx))
                .with((actors, statuses, declared, fresh) -> answer(desaCode, distance, actors, statuses.get(desaCode),
                        declared, fresh))));
    }

    private static Answer answer(String desaCode, TuntasDistance d, Map<UUID, TuntasQueries.Actor> actors,
                                 TuntasStatus status, TuntasQueries.Declaration declared, Freshness freshness) {
        List<ActorOpen> byActor = new ArrayList<>();
        d.openByActor().forEach((id, open) -> {
            TuntasQueries.Actor a = actors.get(id);
            byActor.add(new ActorOpen(id, a == null ? null : a.name(), a == null ? null : a.type(), open));
        });
        byActor.sort(Comparator.comparingInt(ActorOpen::needsOpen).reversed().thenComparing(a -> a.actorId().toString()));
        return new Answer(desaCode, status, declared.declaredAt(), declared.decisionNumber(), d.householdsOpen(),
                d.needsOpen(),
                d.openByKind(), byActor, d.unplannedOpen(), freshness);
    }
}
