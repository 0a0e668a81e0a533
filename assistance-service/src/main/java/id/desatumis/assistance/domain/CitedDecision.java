package id.desatumis.assistance.domain;

import java.time.LocalDate;

/**
 * A forum decision as partner-service published it, as a plan citing it sees it: its number, the forum that took it
 * and that forum's area (a decision holds for the area and the areas within it), what it approves, and when.
 *
 * @param approvesKind      PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN or OTHER
 * @param approvesReference what exactly, when the decision names it; null otherwise
 */
public record CitedDecision(String number, String forumType, String areaCode, String approvesKind,
                            String approvesReference, LocalDate decidedOn) {

    /** Whether the decision holds in this desa: taken for the desa, its kecamatan or the regency. */
    public boolean holdsIn(String desaCode) {
        return AreaLevel.desaAndWider(desaCode).contains(areaCode);
    }
}
