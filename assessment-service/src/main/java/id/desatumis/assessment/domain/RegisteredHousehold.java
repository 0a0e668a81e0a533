package id.desatumis.assessment.domain;

import java.util.Set;
import java.util.UUID;

/**
 * The registry's household as this service knows it from the registry's events: its desa, its current members,
 * whether it was merged into another household or erased, and its DTSEN desil where the registry knows it.
 */
public record RegisteredHousehold(UUID householdId, String desaCode, Standing standing, UUID mergedInto,
                                  Set<UUID> currentMembers, Integer desil) {

    public RegisteredHousehold(UUID householdId, String desaCode, Standing standing, UUID mergedInto, Set<UUID> currentMembers) {
        this(householdId, desaCode, standing, mergedInto, currentMembers, null);
    }

    public enum Standing { ACTIVE, MERGED, ERASED }

    public RegisteredHousehold {
        currentMembers = Set.copyOf(currentMembers);
    }
}
