package id.desatumis.contracts.assessment;

/**
 * Dinas Sosial verified an assessment on the decision of the musyawarah desa, whatever its class. It becomes the
 * household's current one only if it is the household's latest verified visit: then a poor one is followed by
 * {@link NeedsIdentifiedV1} and a not-poor one, of a household that had needs, by {@link HouseholdGraduatedV1}. An
 * older visit verified late is published too, and changes nothing: the household's current class is the one of its
 * latest NeedsIdentified or HouseholdGraduated. Published on
 * {@link AssessmentTopics#ASSESSMENT} with the key {@code assessment-<householdId>}, as CloudEvent type
 * {@value #CE_TYPE}.
 *
 * @param householdId  the registry's household id
 * @param desaCode     dotted Kemendagri desa code of the assessment
 * @param assessmentId the assessment
 * @param povertyClass the class verified: EXTREME_POOR, POOR, NEAR_POOR or NOT_POOR
 * @param verifiedAt   ISO-8601 instant recorded
 */
public record AssessmentVerifiedV1(String householdId, String desaCode, String assessmentId, String povertyClass,
                                   String verifiedAt) {

    public static final String EVENT_TYPE = "AssessmentVerified";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assessment.AssessmentVerified.v1";
}
