package id.desatumis.contracts.registry;

/**
 * One person's personal data was erased; they are no longer a member of the household. Consumers drop what they
 * keep about the member. Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param desaCode    its desa
 * @param memberId    the erased member
 * @param recordedAt  ISO-8601 instant recorded
 */
public record PersonErasedV1(String householdId, String desaCode, String memberId, String recordedAt) {

    public static final String EVENT_TYPE = "PersonErased";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.PersonErased.v1";
}
