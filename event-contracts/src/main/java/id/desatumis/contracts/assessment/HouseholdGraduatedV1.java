package id.desatumis.contracts.assessment;

/**
 * A household that had verified needs was re-assessed, verified, as not poor: it has left the programme's list.
 * Published on {@link AssessmentTopics#ASSESSMENT} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId  the registry's household id
 * @param desaCode     dotted Kemendagri desa code
 * @param assessmentId the verified assessment that found it not poor
 * @param graduatedAt  ISO-8601 instant recorded
 */
public record HouseholdGraduatedV1(String householdId, String desaCode, String assessmentId, String graduatedAt) {

    public static final String EVENT_TYPE = "HouseholdGraduated";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assessment.HouseholdGraduated.v1";
}
