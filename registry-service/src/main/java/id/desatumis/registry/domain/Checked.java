package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;

import java.util.List;

/** A command built from submitted fields, or the rules they broke (then {@code command} is null). */
public record Checked<T>(T command, List<RuleViolation> violations) {

    public static <T> Checked<T> of(T command, List<RuleViolation> violations) {
        return new Checked<>(violations.isEmpty() ? command : null, List.copyOf(violations));
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** The command, or every rule the submitted fields broke, thrown together. */
    public T orThrow() {
        if (valid()) return command;
        throw new RulesBroken(violations.stream().map(v -> new RuleBroken(v.field(), v.rule(), v.message())).toList());
    }
}
