package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.CitedDecision;
import id.desatumis.assistance.persistence.ForumDecisionRecords;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A plan cites the forum decision that approved it, by number: it must be known here (partner-service publishes
 * every decision) and hold in the plan's desa, that is, have been taken for the desa (musyawarah desa), its
 * kecamatan (musyawarah kecamatan) or the regency (TKPKD), and have approved intervention plans. {@code c} may be
 * the plan's transaction.
 */
@ApplicationScoped
public class DecisionCitations {

    /** What a decision a plan cites approved, as partner-service's DecisionRecorded names it. */
    static final String PLAN_APPROVAL = "INTERVENTION_PLAN";

    private final ForumDecisionRecords decisions;

    public DecisionCitations(ForumDecisionRecords decisions) {
        this.decisions = decisions;
    }

    /** The cited decision; a {@link RuleBroken} on {@code field} when it is unknown or of another area. */
    public Uni<CitedDecision> require(SqlClient c, String field, String number, String desaCode) {
        return decisions.find(c, number).map(found -> {
            CitedDecision d = found.orElseThrow(() -> new RuleBroken(field, "decision-unknown",
                    "no forum decision has this number here (partner-service may not have published it yet)"));
            if (!d.holdsIn(desaCode)) {
                throw new RuleBroken(field, "decision-other-area", "the decision was taken for " + d.areaCode()
                        + ", which is neither this desa, nor its kecamatan, nor the regency");
            }
            if (!PLAN_APPROVAL.equals(d.approvesKind())) {
                throw new RuleBroken(field, "decision-approves-otherwise", "the decision approved " + d.approvesKind()
                        + ", not an intervention plan");
            }
            return d;
        });
    }
}
