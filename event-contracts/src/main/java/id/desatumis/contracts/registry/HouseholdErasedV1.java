package id.desatumis.contracts.registry;

/**
 * The household was erased (its personal data can no longer be read anywhere). Consumers drop what they keep
 * about it. Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param desaCode    its desa
 * @param memberCount members it had when erased
 * @param recordedAt  ISO-8601 instant recorded
 */
public record HouseholdErasedV1(String householdId, String desaCode, int memberCount, String recordedAt) {

    public static final String EVENT_TYPE = "HouseholdErased";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdErased.v1";
}
