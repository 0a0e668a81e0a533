package id.desatumis.contracts.registry;

/**
 * The household moved, possibly to another desa, with its members. No address is published.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param fromDesaCode the desa it left
 * @param toDesaCode the desa it lives in now
 * @param memberCount members who moved with it
 * @param recordedAt ISO-8601 instant recorded
 */
public record HouseholdMovedV1(String householdId, String fromDesaCode, String toDesaCode, int memberCount, String recordedAt) {

    public static final String EVENT_TYPE = "HouseholdMoved";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdMoved.v1";
}
