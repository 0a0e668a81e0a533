package id.desatumis.assessment.domain;

/** A command refused by the assessments' current state: the rule and what it expects. */
public final class AssessmentRejected extends RuntimeException {
    private final String field;
    private final String rule;

    public AssessmentRejected(String field, String rule, String message) {
        super(rule + ": " + message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() { return field; }
    public String rule() { return rule; }
}
