package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of what assistance-service knows of partner-service: a cited decision, a named actor or pledge must be
 * known here (from partner-service's events) and fit the plan. Something just recorded in partner-service may not
 * have reached this service yet: the pages say so.
 */
@ApplicationScoped
public class ReferenceProblems implements ProblemTypeCatalog {

    private static final String MAYBE_NOT_YET = " partner-service publishes it; if it was recorded a moment ago, it may not "
            + "have arrived here yet: try again shortly.";

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("decision-unknown", 409, "No such forum decision here",
                        "The forum decision cited is not known to assistance-service." + MAYBE_NOT_YET),
                new ProblemType("decision-other-area", 409, "A decision of another area",
                        "A forum decision holds for its forum's area and the areas within it: a plan in a desa cites a "
                                + "decision of that desa's musyawarah desa, of its kecamatan, or of TKPKD for the regency."),
                new ProblemType("decision-approves-otherwise", 409, "A decision that approved something else",
                        "A plan cites a forum decision that approved intervention plans (INTERVENTION_PLAN), not one "
                                + "that approved a pledge, the responsibility matrix or a verification list."),
                new ProblemType("actor-unknown", 409, "No such actor here",
                        "The actor named is not a partner, office or village government known to assistance-service."
                                + MAYBE_NOT_YET),
                new ProblemType("actor-suspended", 409, "The actor is suspended",
                        "partner-service has suspended this actor: it takes on nothing new until it is reinstated."),
                new ProblemType("pledge-unknown", 409, "No such pledge here",
                        "The pledge named is not known to assistance-service." + MAYBE_NOT_YET),
                new ProblemType("pledge-other-kind", 409, "The pledge is for other kinds of need",
                        "A pledge serves only the kinds of need it was offered for."),
                new ProblemType("pledge-other-area", 409, "The pledge is for another area",
                        "A pledge serves only the desa of its scope (its desa, the desa of its kecamatan, or the regency)."),
                new ProblemType("pledge-not-open", 409, "The pledge cannot be reserved from",
                        "Only an accepted pledge, within its period, can be reserved from; one offered, declined, "
                                + "withdrawn or expired cannot."),
                new ProblemType("actor-type-unknown", 400, "No such type of actor",
                        "OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY, or OTHER (a type "
                                + "partner-service has added since)."));
    }
}
