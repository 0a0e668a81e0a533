package id.desatumis.contracts.assessment;

/**
 * Verification refused an assessment (the musyawarah desa did not confirm it): it never becomes the household's
 * current one. The reason stays in assessment-service (it may cite answers). Published on
 * {@link AssessmentTopics#ASSESSMENT} with the key {@code assessment-<householdId>}, as CloudEvent type
 * {@value #CE_TYPE}.
 *
 * @param householdId  the registry's household id
 * @param desaCode     dotted Kemendagri desa code of the assessment
 * @param assessmentId the assessment
 * @param rejectedAt   ISO-8601 instant recorded
 */
public record AssessmentRejectedV1(String householdId, String desaCode, String assessmentId, String rejectedAt) {

    public static final String EVENT_TYPE = "AssessmentRejected";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assessment.AssessmentRejected.v1";
}
