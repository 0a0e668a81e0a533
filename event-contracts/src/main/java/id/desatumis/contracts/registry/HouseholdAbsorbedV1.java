package id.desatumis.contracts.registry;

/**
 * The survivor of a merge took over the members of the duplicate it lacked.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the survivor
 * @param desaCode its desa
 * @param duplicateId the duplicate
 * @param members the members taken over
 * @param recordedAt ISO-8601 instant recorded
 */
public record HouseholdAbsorbedV1(String householdId, String desaCode, String duplicateId, java.util.List<HouseholdRegisteredV1.Member> members, String recordedAt) {

    public static final String EVENT_TYPE = "HouseholdAbsorbed";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdAbsorbed.v1";
}
