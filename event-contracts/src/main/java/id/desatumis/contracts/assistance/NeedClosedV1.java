package id.desatumis.contracts.assistance;

/**
 * A need is closed for a recorded reason: it counts as settled for the household's {@code HouseholdNeedsMet}. The
 * note that may go with a closure stays in assistance-service. Published on {@link AssistanceTopics#INTERVENTION} with
 * the key {@code household-<householdId>}, as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the registry's household id
 * @param needId      the need
 * @param kind        the kind of need
 * @param desaCode    dotted Kemendagri desa code
 * @param reason      REFUSED_BY_HOUSEHOLD, MEMBER_DIED or MEMBER_MOVED_AWAY
 * @param closedAt    ISO-8601 instant recorded
 */
public record NeedClosedV1(String householdId, String needId, String kind, String desaCode, String reason,
                           String closedAt) {

    public static final String EVENT_TYPE = "NeedClosed";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.NeedClosed.v1";
}
