package id.desatumis.monitoring.domain;

import id.desatumis.kit.domain.RuleBroken;

import java.util.List;
import java.util.Set;

/**
 * A forum decision as partner-service recorded it, as a tkpkd decision citing it sees it: the forum that took it, that
 * forum's area (a decision holds for its area and the areas within it) and what it approves.
 *
 * <p>partner-service's kinds of approval are PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN and OTHER:
 * an intake or a tuntas declaration is none of the first four, so it rests on a decision that approves OTHER. A
 * decision that approved a pledge or a plan is refused as one that approved something else.
 *
 * @param forumType    TKPKD_COORDINATION, MUSYAWARAH_KECAMATAN or MUSYAWARAH_DESA
 * @param areaCode     the forum's area: the regency (33.14), a kecamatan or a desa
 * @param approvesKind what it approves, as partner-service names it
 */
public record ProgrammeDecision(String number, String forumType, String areaCode, String approvesKind) {

    public static final String TKPKD_COORDINATION = "TKPKD_COORDINATION";
    /** The kinds of approval a programme decision rests on. */
    public static final Set<String> PROGRAMME_APPROVALS = Set.of("OTHER");

    /** Refuses a decision that is not TKPKD's for the regency, or approves something else: an intake's decision. */
    public void requireIntake(String field) {
        if (!TKPKD_COORDINATION.equals(forumType) || !Areas.isRegency(areaCode)) {
            throw new RuleBroken(field, "intake-decision-not-tkpkd", "the decision was taken by a " + forumType + " for "
                    + areaCode + ": desa join the programme by a TKPKD coordination decision for the regency");
        }
        requireProgrammeApproval(field);
    }

    /** Refuses a decision taken for another area than the desa, its kecamatan or the regency, or approving otherwise. */
    public void requireHoldsIn(String field, String desaCode) {
        List<String> holding = Areas.desaAndWider(desaCode);
        if (!holding.contains(areaCode)) {
            throw new RuleBroken(field, "decision-other-area", "the decision was taken for " + areaCode
                    + ", which is neither this desa, nor its kecamatan, nor the regency");
        }
        requireProgrammeApproval(field);
    }

    private void requireProgrammeApproval(String field) {
        if (!PROGRAMME_APPROVALS.contains(approvesKind)) {
            throw new RuleBroken(field, "decision-approves-otherwise", "the decision approved " + approvesKind
                    + ", not a decision of the programme (" + String.join(", ", PROGRAMME_APPROVALS) + ")");
        }
    }
}
