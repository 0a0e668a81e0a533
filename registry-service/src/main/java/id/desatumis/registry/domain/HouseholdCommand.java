package id.desatumis.registry.domain;

import java.util.List;
import java.util.UUID;

/** What may be asked of a household, after the submitted fields passed their rules. */
public sealed interface HouseholdCommand {

    record RegisterHousehold(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members)
            implements HouseholdCommand {
    }

    record AddMember(UUID householdId, Member member) implements HouseholdCommand {
    }
}
