package id.desatumis.contracts.assessment;

/**
 * An assessment was classified under a policy version: at submission, and again when a later policy reclassifies
 * it (the latest classification of an assessment is its current one). Before verification: the class is what the
 * policy found, not yet what the musyawarah desa confirmed. Carries the class only; no answers, criteria or
 * location. Published on {@link AssessmentTopics#ASSESSMENT} with the key {@code assessment-<householdId>}, as
 * CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId   the registry's household id
 * @param desaCode      dotted Kemendagri desa code of the assessment
 * @param assessmentId  the assessment
 * @param povertyClass  EXTREME_POOR, POOR, NEAR_POOR or NOT_POOR
 * @param policyVersion the classification policy that produced the class
 * @param classifiedAt  ISO-8601 instant recorded
 */
public record AssessmentClassifiedV1(String householdId, String desaCode, String assessmentId, String povertyClass,
                                     String policyVersion, String classifiedAt) {

    public static final String EVENT_TYPE = "AssessmentClassified";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assessment.AssessmentClassified.v1";
}
