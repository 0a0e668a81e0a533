package id.desatumis.assistance.application;

import id.desatumis.assistance.config.DinsosSettings;
import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.persistence.InterventionIndex.CommandKeys;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Who reports an intervention's deliveries (issue 10, item 4): the responsible actor itself — its office's
 * {@code opd} token or its {@code partner} token; a {@code dinsos} token where Dinas Sosial is the actor; the desa's
 * operator where the village government (PEMDES) is — or Dinas Sosial on another's behalf, saying why (recorded in
 * the delivery). An office or partner reporting for another's intervention learns nothing of it (404); an operator of
 * another desa neither; the desa's own operator, who sees the intervention, is told it is not the responsible actor.
 */
@ApplicationScoped
public class DeliveryReporters {

    private final Actors actors;
    private final DinsosSettings dinsos;

    public DeliveryReporters(Actors actors, DinsosSettings dinsos) {
        this.actors = actors;
        this.dinsos = dinsos;
    }

    /**
     * Refuses a caller who may not report for this intervention; otherwise the on-behalf reason to record with the
     * delivery (empty when the responsible actor reports itself).
     */
    public Uni<Optional<String>> onBehalfReason(SqlClient c, Caller caller, CommandKeys keys, String onBehalfReason) {
        return actors.actingFor(c, caller).chain(acting -> {
            if (acting.isPresent() && acting.get().equals(keys.actorId())) return own(onBehalfReason);
            if (caller.has(Roles.DINSOS)) {
                return actors.find(c, keys.actorId()).map(actor -> {
                    if (actor.map(this::isDinasSosial).orElse(false)) return ownOrRefused(onBehalfReason);
                    if (onBehalfReason == null) {
                        throw new RuleBroken("onBehalfReason", "on-behalf-reason-required",
                                "Dinas Sosial reports for another actor only with the reason why");
                    }
                    return Optional.of(onBehalfReason);
                });
            }
            if (caller.has(Roles.VILLAGE_OPERATOR) && caller.desaCodes().contains(keys.desaCode())) {
                return actors.find(c, keys.actorId()).map(actor -> {
                    if (actor.map(a -> a.type() == ActorType.PEMDES).orElse(false)) return ownOrRefused(onBehalfReason);
                    throw new RuleBroken("interventionId", "not-responsible-actor",
                            "the village government does not answer for this intervention: its responsible actor reports it");
                });
            }
            throw InterventionAccess.unknown();
        });
    }

    private boolean isDinasSosial(Actor actor) {
        return actor.type() == ActorType.OPD && dinsos.opdCode().equals(actor.opdCode());
    }

    private static Uni<Optional<String>> own(String onBehalfReason) {
        return Uni.createFrom().item(ownOrRefused(onBehalfReason));
    }

    /** The responsible actor reports for nobody else: a reason to do so is a misunderstanding, said so. */
    private static Optional<String> ownOrRefused(String onBehalfReason) {
        if (onBehalfReason != null) {
            throw new RuleBroken("onBehalfReason", "on-behalf-reason-unexpected",
                    "you are the responsible actor: a delivery is reported on another's behalf only by Dinas Sosial");
        }
        return Optional.empty();
    }
}
