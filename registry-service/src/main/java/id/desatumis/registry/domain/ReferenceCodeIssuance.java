package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdCommand.IssueReferenceCode;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;

import java.util.ArrayList;
import java.util.List;

/**
 * Who has which reference code. Every household gets one when it is registered (or, registered before codes
 * existed, once, from the backfill) and keeps it; Dinas Sosial gives it a new one, with a reason, when it is lost,
 * and from then on only the new one is the household's. A household erased or merged away has none to give or read.
 */
public final class ReferenceCodeIssuance {

    private ReferenceCodeIssuance() {
    }

    static List<HouseholdEvent> issue(Household.State state, IssueReferenceCode c) {
        Guards.requireActive(state);
        if (c.reason() == null && state.referenceCode() != null) {
            throw new RuleBroken("referenceCode", "reference-code-issued", "this household has its reference code already");
        }
        if (c.reason() != null && c.reason().isBlank()) {
            throw new RuleBroken("reason", "required", "why a new reference code is issued");
        }
        return List.of(new ReferenceCodeIssued(state.householdId(), state.desaCode(), c.code().canonical(),
                c.code().hash(), c.issuedAt(), c.reason()));
    }

    /** A household that is current (registered, neither erased nor merged away) and has no code: it needs its first. */
    public static boolean lacksCode(Household.State state) {
        return state.exists() && !state.erased() && state.mergedInto() == null && state.referenceCode() == null;
    }

    /** The household's code as last issued, for those who print it on its receipt. */
    public static ReferenceCodeIssued current(Household.State state) {
        Guards.requireActive(state);
        if (state.referenceCode() == null) {
            throw new RuleBroken("referenceCode", "reference-code-missing",
                    "this household has no reference code yet; Dinas Sosial can issue one");
        }
        return state.referenceCode();
    }

    /** The field rule of a re-issue: its reason, recorded with the new code. */
    public static Checked<String> reason(String reason) {
        List<RuleViolation> v = new ArrayList<>();
        String checked = FieldRules.requiredText("reason", reason, 500, v);
        return Checked.of(checked, v);
    }
}
