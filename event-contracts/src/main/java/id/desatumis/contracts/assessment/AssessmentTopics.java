package id.desatumis.contracts.assessment;

/**
 * The topics assessment-service writes. The record key is the stream id, {@code assessment-<householdId>}: one
 * household's events stay in order in one partition.
 */
public final class AssessmentTopics {
    public static final String SOURCE = "/desatumis/assessment";
    public static final String ASSESSMENT = "desatumis.assessment.assessment.v1";

    private AssessmentTopics() {
    }
}
