package id.desatumis.contracts.registry;

/**
 * A person joined a household (a birth, a marriage, someone moving in). Published on
 * {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}; no personal data.
 *
 * @param householdId the household
 * @param desaCode    the household's desa at the time
 * @param member      the new member: opaque id, sex, age band as of {@code addedAt}
 * @param addedAt     ISO-8601 instant the event was recorded
 */
public record MemberAddedV1(String householdId, String desaCode, HouseholdRegisteredV1.Member member, String addedAt) {

    public static final String EVENT_TYPE = "MemberAdded";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.MemberAdded.v1";
}
