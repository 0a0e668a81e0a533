package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see or change an intervention. Staff of the programme see every one; a village operator those of its desa;
 * an office or a partner those it is the responsible actor of. Whoever may not see one is told it does not exist
 * (404 intervention-unknown, as for an id of none), never that it is another's.
 */
@ApplicationScoped
public class InterventionAccess {

    private final Actors actors;

    public InterventionAccess(Actors actors) {
        this.actors = actors;
    }

    /** The intervention, for a caller allowed to plan and cancel (Dinas Sosial, the desa's operator). */
    static Intervention requireChangeable(Caller caller, Intervention s) {
        if (!s.exists() || !caller.mayActIn(s.plan().desaCode())) throw unknown();
        return s;
    }

    /** The intervention, for a caller allowed to read it; 404 otherwise. */
    public Uni<Intervention> requireVisible(SqlClient c, Caller caller, Intervention s) {
        if (!s.exists()) throw unknown();
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR)) {
            return Uni.createFrom().item(s);
        }
        if (caller.has(Roles.VILLAGE_OPERATOR) && caller.desaCodes().contains(s.plan().desaCode())) {
            return Uni.createFrom().item(s);
        }
        return actors.actingFor(c, caller).map(actor -> {
            if (actor.isEmpty() || !actor.get().equals(s.plan().actorId())) throw unknown();
            return s;
        });
    }

    /**
     * The one answer for an intervention there is none of and one the caller may not see, the domain's own
     * {@code intervention-unknown} (404): the two must not be told apart, by status or by type.
     */
    static RuntimeException unknown() {
        return new RuleBroken("interventionId", "intervention-unknown", "no such intervention, or none you may see");
    }
}
