package id.desatumis.contracts.assistance;

/**
 * A need is no longer one: a later verified assessment no longer lists it, the household graduated, was merged into
 * another registration or erased, or the member was erased. A need whose intervention had a delivery reported is not
 * cancelled. Published on {@link AssistanceTopics#INTERVENTION} with the key {@code household-<householdId>}, as
 * CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the registry's household id
 * @param needId      the need (deterministic: household, kind and member)
 * @param kind        HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL,
 *                    SKILLS_TRAINING or FOOD_ASSISTANCE
 * @param desaCode    dotted Kemendagri desa code
 * @param reason      NO_LONGER_LISTED, GRADUATED, HOUSEHOLD_ERASED, PERSON_ERASED or MERGED_AWAY
 * @param cancelledAt ISO-8601 instant recorded
 */
public record NeedCancelledV1(String householdId, String needId, String kind, String desaCode, String reason,
                              String cancelledAt) {

    public static final String EVENT_TYPE = "NeedCancelled";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.NeedCancelled.v1";
}
