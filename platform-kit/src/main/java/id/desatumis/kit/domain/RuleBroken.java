package id.desatumis.kit.domain;

import java.util.Map;

/**
 * A command refused by a rule of the programme: which field it concerns, the rule (its slug, served as
 * {@code /problems/<rule>}) and what the rule expects. Thrown by a service's domain ({@code decide}); the kit turns it
 * into a problem document once, for every service. Plain Java, so domain code may throw it.
 *
 * <p>{@code details} are extra members of the problem document that help the client act (the household a
 * merged duplicate continues as, say); ids only, never personal data.
 */
public class RuleBroken extends RuntimeException {

    private final String field;
    private final String rule;
    private final transient Map<String, Object> details;

    public RuleBroken(String field, String rule, String message) {
        this(field, rule, message, Map.of());
    }

    public RuleBroken(String field, String rule, String message, Map<String, Object> details) {
        // no stack trace: a rule broken is an answer, not a fault
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
        this.details = Map.copyOf(details);
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public Map<String, Object> details() {
        return details;
    }
}
