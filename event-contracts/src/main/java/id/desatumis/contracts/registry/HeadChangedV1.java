package id.desatumis.contracts.registry;

/**
 * Another member heads the household.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param desaCode its desa
 * @param newHeadMemberId the new head
 * @param recordedAt ISO-8601 instant recorded
 */
public record HeadChangedV1(String householdId, String desaCode, String newHeadMemberId, String recordedAt) {

    public static final String EVENT_TYPE = "HeadChanged";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HeadChanged.v1";
}
