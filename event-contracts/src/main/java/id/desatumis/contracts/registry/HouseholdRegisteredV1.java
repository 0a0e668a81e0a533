package id.desatumis.contracts.registry;

import id.desatumis.contracts.OptionalField;

import java.util.List;

/**
 * A household entered the registry. Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type
 * {@value #CE_TYPE}. Carries no name, NIK, KK number, birth date or address: members are opaque ids
 * with sex and an age band as of {@code registeredAt}.
 *
 * @param householdId  the registry's stable household id (uuid)
 * @param desaCode     dotted Kemendagri desa code, for example {@code 33.14.07.2003}
 * @param memberCount  number of members at registration
 * @param members      the members, head first
 * @param registeredAt ISO-8601 instant the event was recorded
 * @param desil        the household's DTSEN decile (1 extreme poor ... 10) when known, else null; added in 1.1
 */
public record HouseholdRegisteredV1(
        String householdId,
        String desaCode,
        int memberCount,
        List<Member> members,
        String registeredAt,
        @OptionalField Integer desil) {

    public HouseholdRegisteredV1(String householdId, String desaCode, int memberCount, List<Member> members,
                                 String registeredAt) {
        this(householdId, desaCode, memberCount, members, registeredAt, null);
    }

    public static final String EVENT_TYPE = "HouseholdRegistered";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdRegistered.v1";

    /**
     * @param memberId     the registry's stable member id (uuid)
     * @param sex          {@code M} or {@code F}
     * @param ageBand      one of {@code 0-6, 7-12, 13-15, 16-18, 19-24, 25-59, 60+}
     * @param headOfHousehold whether this member heads the household
     */
    public record Member(String memberId, String sex, String ageBand, boolean headOfHousehold) {
    }
}
