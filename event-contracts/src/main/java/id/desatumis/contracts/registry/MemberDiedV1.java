package id.desatumis.contracts.registry;

/**
 * A member died. No date of death is published: only that the member is no longer alive.
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household
 * @param desaCode its desa
 * @param memberId the member who died
 * @param recordedAt ISO-8601 instant recorded
 */
public record MemberDiedV1(String householdId, String desaCode, String memberId, String recordedAt) {

    public static final String EVENT_TYPE = "MemberDied";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.MemberDied.v1";
}
