package id.desatumis.kit.domain;

import java.util.List;

/**
 * Several rules of one request broken at once (its fields checked together, so the client learns every mistake in
 * one answer). The kit answers one rule with that rule's problem type and several with
 * {@code /problems/validation-failed}, each named in {@code errors}. Plain Java, so domain code may throw it.
 */
public class RulesBroken extends RuntimeException {

    private final transient List<RuleBroken> rules;

    public RulesBroken(List<RuleBroken> rules) {
        // no stack trace: rules broken are an answer, not a fault
        super(rules.size() + " rules broken", null, false, false);
        if (rules.isEmpty()) throw new IllegalArgumentException("no rule broken");
        this.rules = List.copyOf(rules);
    }

    public List<RuleBroken> rules() {
        return rules;
    }
}
