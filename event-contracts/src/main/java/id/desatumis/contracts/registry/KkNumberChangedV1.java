package id.desatumis.contracts.registry;

/**
 * The household's family card was reissued. The number itself is never published.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param desaCode its desa
 * @param recordedAt ISO-8601 instant recorded
 */
public record KkNumberChangedV1(String householdId, String desaCode, String recordedAt) {

    public static final String EVENT_TYPE = "KkNumberChanged";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.KkNumberChanged.v1";
}
