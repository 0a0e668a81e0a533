package id.desatumis.registry.domain;

import java.util.List;

/** A command built from submitted fields, or the rules they broke (then {@code command} is null). */
public record Checked<T>(T command, List<RuleViolation> violations) {

    public static <T> Checked<T> of(T command, List<RuleViolation> violations) {
        return new Checked<>(violations.isEmpty() ? command : null, List.copyOf(violations));
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
