package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who answers for a plan: by default the responsibility matrix's lead for the kind in the desa on the day it is planned;
 * another actor only with a reason (the matrix is the forum's decision). Either must be an actor known here and not
 * suspended.
 */
@ApplicationScoped
public class PlanActors {

    /** The actor chosen, and whether it is the matrix's lead. */
    public record Chosen(UUID actorId, boolean lead) {
    }

    private final ResponsibleActors leads;
    private final Actors actors;

    public PlanActors(ResponsibleActors leads, Actors actors) {
        this.leads = leads;
        this.actors = actors;
    }

    public Uni<Chosen> choose(SqlClient c, NeedKind kind, String desaCode, UUID named, String reason, LocalDate on) {
        return leads.leadOf(c, kind, desaCode, on).chain(lead -> {
            Chosen chosen = chosen(kind, desaCode, lead, named, reason);
            return actors.requireActive(c, "actorId", chosen.actorId()).replaceWith(chosen);
        });
    }

    private static Chosen chosen(NeedKind kind, String desaCode, Optional<UUID> lead, UUID named, String reason) {
        if (named == null) {
            return new Chosen(lead.orElseThrow(() -> new RuleBroken("actorId", "no-responsible-actor",
                    "nobody leads " + kind + " in " + desaCode + " (nor in its kecamatan or the regency): name the actor",
                    Map.of("kind", kind.name(), "desaCode", desaCode))), true);
        }
        boolean isLead = lead.map(named::equals).orElse(false);
        if (!isLead && reason == null) {
            throw new RuleBroken("actorReason", "actor-reason-required",
                    "the actor named is not the matrix's lead for " + kind + " here: say why it answers instead",
                    lead.<Map<String, Object>>map(l -> Map.of("leadActorId", l.toString())).orElse(Map.of()));
        }
        return new Chosen(named, isLead);
    }
}
