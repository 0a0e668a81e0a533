package id.desatumis.registry.domain;

/** A broken rule: the field (JSON path of the request), the rule's name, and what it expects. */
public record RuleViolation(String field, String rule, String message) {
}
