package id.desatumis.assessment.api;

/** The bodies of the commands on a stored assessment. */
public final class DecisionBodies {

    private DecisionBodies() {
    }

    /** The musyawarah desa decision that approved the assessment. */
    public record Verification(String forumDate, String decisionNumber) {
    }

    public record Rejection(String reason) {
    }

    /** Sent back for a revisit: what the enumerator must check. */
    public record Return(String whatToCheck) {
    }

    /** A need added or struck: its kind, the member for a personal need, and why. */
    public record NeedChange(String kind, String memberId, String reason) {
    }

    /** A re-run under another published policy version. */
    public record Rerun(String policyVersion) {
    }
}
