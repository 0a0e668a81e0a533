package id.desatumis.contracts.assistance;

/**
 * Every need of a verified-poor household is met (its delivery verified) or closed for a recorded reason (refused by
 * the household, the member died or moved away): what monitoring's tuntas status rests on. Published each time it
 * becomes true (again after a need was reopened or a new one identified), on {@link AssistanceTopics#INTERVENTION}
 * with the key {@code household-<householdId>}, as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the registry's household id
 * @param desaCode    dotted Kemendagri desa code
 * @param needsMet    needs met by a verified delivery
 * @param needsClosed needs closed for a recorded reason
 * @param metAt       ISO-8601 instant recorded
 */
public record HouseholdNeedsMetV1(String householdId, String desaCode, int needsMet, int needsClosed, String metAt) {

    public static final String EVENT_TYPE = "HouseholdNeedsMet";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.HouseholdNeedsMet.v1";
}
