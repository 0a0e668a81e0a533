package id.desatumis.registry.domain;

import java.util.List;
import java.util.UUID;

/** What can happen to a household. Stored in the registry's event store; published only in public form. */
public sealed interface HouseholdEvent {

    UUID householdId();

    /** A household entered the registry with its members, the head among them. */
    record HouseholdRegistered(UUID householdId, String kkNumber, String desaCode, String address,
                               List<Member> members) implements HouseholdEvent {
    }

    /** A person joined (a birth, a marriage, someone moving in). {@code desaCode} is the household's at the time. */
    record MemberAdded(UUID householdId, String desaCode, Member member) implements HouseholdEvent {
    }
}
