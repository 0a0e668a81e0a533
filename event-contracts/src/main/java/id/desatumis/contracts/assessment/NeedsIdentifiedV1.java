package id.desatumis.contracts.assessment;

import id.desatumis.contracts.OptionalField;

import java.util.List;

/**
 * A verified assessment became the household's current one and found it poor: what it lacks, as the musyawarah
 * desa confirmed it. Replaces any earlier NeedsIdentified of the household. Carries no answers, health details or
 * location: need kinds, member ids and the class. Published on {@link AssessmentTopics#ASSESSMENT} as CloudEvent
 * type {@value #CE_TYPE}.
 *
 * @param householdId    the registry's household id
 * @param desaCode       dotted Kemendagri desa code
 * @param assessmentId   the verified assessment
 * @param povertyClass   EXTREME_POOR, POOR or NEAR_POOR
 * @param policyVersion  the classification policy that produced the class and needs
 * @param needs          what the household lacks
 * @param verifiedAt     ISO-8601 instant the verification was recorded
 */
public record NeedsIdentifiedV1(String householdId, String desaCode, String assessmentId, String povertyClass,
                                String policyVersion, List<Need> needs, String verifiedAt) {

    public static final String EVENT_TYPE = "NeedsIdentified";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assessment.NeedsIdentified.v1";

    /**
     * @param kind     HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL,
     *                 SKILLS_TRAINING or FOOD_ASSISTANCE
     * @param memberId the member a personal need is for (EDUCATION, HEALTH_COVER, SKILLS_TRAINING, BUSINESS_CAPITAL),
     *                 null for a household need
     */
    public record Need(String kind, @OptionalField String memberId) {
    }
}
