package id.desatumis.partner.application;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.CitedDecision;
import id.desatumis.partner.persistence.ForumDecisions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A command that rests on a forum decision (accepting a pledge, setting the matrix) cites it by number: it must exist,
 * approve that kind of thing, and have been taken for an area that holds every area the command concerns.
 */
@ApplicationScoped
public class DecisionCitations {

    private final ForumDecisions decisions;

    public DecisionCitations(ForumDecisions decisions) {
        this.decisions = decisions;
    }

    /** The cited decision, checked; a {@link RuleBroken} on the citing field otherwise. */
    public Uni<CitedDecision> require(SqlClient c, String field, String number, Approval.Kind kind, String reference,
                                      List<Area> target) {
        return decisions.find(c, number).map(d -> {
            if (d == null) throw new RuleBroken(field, "decision-unknown", "no forum decision has this number");
            d.requireApproves(field, kind, reference, target);
            return d;
        });
    }
}
