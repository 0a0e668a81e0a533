package id.desatumis.contracts.registry;

import id.desatumis.contracts.OptionalField;

/**
 * A member left the household: to another registered household, or away (toHouseholdId null).
 * Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId the household left
 * @param desaCode its desa
 * @param memberId the member
 * @param toHouseholdId the household joined, or null
 * @param recordedAt ISO-8601 instant recorded
 */
public record MemberMovedOutV1(String householdId, String desaCode, String memberId, @OptionalField String toHouseholdId, String recordedAt) {

    public static final String EVENT_TYPE = "MemberMovedOut";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.MemberMovedOut.v1";
}
