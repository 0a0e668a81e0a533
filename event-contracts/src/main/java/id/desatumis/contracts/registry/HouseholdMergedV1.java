package id.desatumis.contracts.registry;

/**
 * This registration was a duplicate of the survivor; it continues there and answers with a pointer.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the duplicate
 * @param desaCode its desa
 * @param survivorId the household it continues as
 * @param memberCount members it had
 * @param recordedAt ISO-8601 instant recorded
 */
public record HouseholdMergedV1(String householdId, String desaCode, String survivorId, int memberCount, String recordedAt) {

    public static final String EVENT_TYPE = "HouseholdMergedInto";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdMergedInto.v1";
}
