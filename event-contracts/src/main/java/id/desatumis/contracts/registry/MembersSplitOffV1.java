package id.desatumis.contracts.registry;

/**
 * Pecah KK: these members left to form a new household (its HouseholdRegistered follows on the new stream).
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household they left
 * @param desaCode its desa
 * @param newHouseholdId the new household
 * @param memberIds the members who left
 * @param recordedAt ISO-8601 instant recorded
 */
public record MembersSplitOffV1(String householdId, String desaCode, String newHouseholdId, java.util.List<String> memberIds, String recordedAt) {

    public static final String EVENT_TYPE = "MembersSplitOff";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.MembersSplitOff.v1";
}
