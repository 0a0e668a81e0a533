package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.kit.domain.RuleBroken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a visit may be recorded against the household the registry knows: not one merged into another (the
 * visit belongs to the survivor), not one erased, in the desa the form names, and about its current members.
 */
public final class AssessmentEligibility {

    private AssessmentEligibility() {
    }

    public static void check(RegisteredHousehold h, AssessmentSubmitted visit) {
        switch (h.standing()) {
            case MERGED -> throw new RuleBroken("householdId", "household-merged",
                    "this household was merged into " + h.mergedInto() + "; assess that household",
                    Map.of("mergedInto", h.mergedInto().toString()));
            case ERASED -> throw new RuleBroken("householdId", "household-erased",
                    "this household was erased from the registry");
            case ACTIVE -> { }
        }
        if (!h.desaCode().equals(visit.desaCode())) {
            throw new RuleBroken("desaCode", "desa-mismatch", "the registry has this household in another desa");
        }
        List<String> strangers = new ArrayList<>();
        for (int i = 0; i < visit.answers().members().size(); i++) {
            if (!h.currentMembers().contains(visit.answers().members().get(i).memberId())) {
                strangers.add("answers.members[" + i + "].memberId");
            }
        }
        if (!strangers.isEmpty()) {
            throw new RuleBroken(strangers.get(0), "member-unknown",
                    strangers.size() + " member(s) answered for are not current members of this household in the registry");
        }
    }
}
