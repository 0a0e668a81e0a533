package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;

/**
 * A forum decision as a command citing it sees it: its number, the forum's area, and what it approves. A decision
 * holds for its forum's area and every area within it (a TKPKD decision for the whole regency, a musyawarah desa's for
 * its desa only).
 */
public record CitedDecision(String number, ForumType forumType, Area area, Approval approves) {

    /**
     * Refuses a citation of a decision that approves another kind of thing, names another subject, or was taken for
     * another area than the one it is cited for.
     *
     * @param field     the request's field that cited it, for the problem
     * @param reference what is being approved (a pledge id, a matrix entry), checked when the decision names one
     * @param target    every area the cited approval must hold for
     */
    public void requireApproves(String field, Approval.Kind kind, String reference, Iterable<Area> target) {
        if (approves.kind() != kind) {
            throw new RuleBroken(field, "decision-approves-otherwise",
                    "the decision approves " + approves.kind() + ", not " + kind);
        }
        if (approves.reference() != null && reference != null && !approves.reference().equals(reference)) {
            throw new RuleBroken(field, "decision-approves-otherwise",
                    "the decision approves " + approves.reference() + ", not this " + kind);
        }
        for (Area a : target) {
            if (!area.covers(a)) {
                throw new RuleBroken(field, "decision-other-area",
                        "the decision was taken for " + area.code() + ", which does not hold " + a.code());
            }
        }
    }
}
