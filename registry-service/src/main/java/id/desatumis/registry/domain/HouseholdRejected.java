package id.desatumis.registry.domain;

/** A command refused because of the household's current state (not because a field was malformed). */
public final class HouseholdRejected extends RuntimeException {
    private final RuleViolation violation;

    public HouseholdRejected(String field, String rule, String message) {
        super(rule + ": " + message, null, false, false);
        this.violation = new RuleViolation(field, rule, message);
    }

    public RuleViolation violation() {
        return violation;
    }
}
