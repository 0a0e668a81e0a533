package id.desatumis.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What may be asked of a household, after the submitted fields passed their rules. */
public sealed interface HouseholdCommand {

    record RegisterHousehold(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members,
                             Integer desil) implements HouseholdCommand {
        public RegisterHousehold(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members) {
            this(householdId, kkNumber, desaCode, address, members, null);
        }
    }

    record AddMember(UUID householdId, Member member) implements HouseholdCommand {
    }

    /** {@code newHeadMemberId} is required when the head dies and others remain. */
    record RecordDeath(UUID householdId, UUID memberId, LocalDate dateOfDeath, UUID newHeadMemberId)
            implements HouseholdCommand {
    }

    /** {@code toHouseholdId} null: moved away, out of the registry. */
    record MoveMemberOut(UUID householdId, UUID memberId, UUID toHouseholdId, LocalDate date, UUID newHeadMemberId)
            implements HouseholdCommand {
    }

    record ChangeHead(UUID householdId, UUID newHeadMemberId, Relationship formerHeadRelationship)
            implements HouseholdCommand {
    }

    record MoveHousehold(UUID householdId, String desaCode, String address) implements HouseholdCommand {
    }

    record ChangeKkNumber(UUID householdId, String kkNumber, String reason) implements HouseholdCommand {
    }

    /**
     * Pecah KK. {@code relationships} gives each leaving member's relationship in the new household (one HEAD);
     * {@code remainingHeadMemberId} is required when the current head leaves.
     */
    record SplitHousehold(UUID householdId, UUID newHouseholdId, String newKkNumber, String desaCode, String address,
                          Map<UUID, Relationship> relationships, UUID remainingHeadMemberId) implements HouseholdCommand {
    }

    record MergeHouseholds(UUID survivorId, UUID duplicateId, String reason) implements HouseholdCommand {
    }

    record EraseHousehold(UUID householdId) implements HouseholdCommand {
    }

    /** {@code newHeadMemberId} is required when the head is erased and others remain. */
    record ErasePerson(UUID householdId, UUID memberId, UUID newHeadMemberId) implements HouseholdCommand {
    }

    /** {@code reason} null: the household's first code (refused when it has one); else a new code replacing its own. */
    record IssueReferenceCode(UUID householdId, ReferenceCode code, Instant issuedAt, String reason)
            implements HouseholdCommand {
    }
}
