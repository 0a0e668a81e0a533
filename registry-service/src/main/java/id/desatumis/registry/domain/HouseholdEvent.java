package id.desatumis.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What can happen to a household over its life. Stored in the registry's event store; published only in
 * public form. {@code desaCode} on each is the household's desa at the time, so a consumer needs no lookup.
 */
public sealed interface HouseholdEvent {

    UUID householdId();

    /**
     * A household entered the registry with its members, the head among them; {@code desil} is its DTSEN decile
     * (1 extreme poor ... 10) when the source gave one.
     */
    record HouseholdRegistered(UUID householdId, String kkNumber, String desaCode, String address,
                               List<Member> members, Integer desil) implements HouseholdEvent {
        public HouseholdRegistered(UUID householdId, String kkNumber, String desaCode, String address, List<Member> members) {
            this(householdId, kkNumber, desaCode, address, members, null);
        }
    }

    /** A person joined: a birth, a marriage, someone moving in (from another registered household or not). */
    record MemberAdded(UUID householdId, String desaCode, Member member) implements HouseholdEvent {
    }

    /** A member died. The NIK is free again only in the sense that no living person holds it. */
    record MemberDied(UUID householdId, String desaCode, UUID memberId, LocalDate dateOfDeath) implements HouseholdEvent {
    }

    /** A member left: to another registered household ({@code toHouseholdId}), or away (null). */
    record MemberMovedOut(UUID householdId, String desaCode, UUID memberId, UUID toHouseholdId, LocalDate date)
            implements HouseholdEvent {
    }

    /** Another member heads the household; the former head (if still a member) takes the given relationship. */
    record HeadChanged(UUID householdId, String desaCode, UUID newHeadMemberId, UUID formerHeadMemberId,
                       Relationship formerHeadRelationship) implements HouseholdEvent {
    }

    /** The household moved to another address, possibly in another desa, with its members. */
    record HouseholdMoved(UUID householdId, String fromDesaCode, String toDesaCode, String address, int memberCount)
            implements HouseholdEvent {
    }

    /** The family card was reissued (a split, a death, a move); the number's history is these events. */
    record KkNumberChanged(UUID householdId, String desaCode, String previousKkNumber, String kkNumber, String reason)
            implements HouseholdEvent {
    }

    /** Pecah KK: these members left to form the new household {@code newHouseholdId}. */
    record MembersSplitOff(UUID householdId, String desaCode, UUID newHouseholdId, List<UUID> memberIds)
            implements HouseholdEvent {
    }

    /** This registration was the same household as {@code survivorId}: it continues there. */
    record HouseholdMergedInto(UUID householdId, String desaCode, UUID survivorId, String reason, int memberCount)
            implements HouseholdEvent {
    }

    /** The survivor of a merge took over the duplicate's history and the members it did not already have. */
    record HouseholdAbsorbed(UUID householdId, String desaCode, UUID duplicateId, List<Member> membersTaken)
            implements HouseholdEvent {
    }

    /**
     * The household was erased (crypto-shredding): its key and its members' keys are deleted, so none of their
     * personal fields can be read again, anywhere. The events stay and the hash chain holds.
     */
    record HouseholdErased(UUID householdId, String desaCode, int memberCount) implements HouseholdEvent {
    }

    /**
     * A member looks like someone already registered ({@code reason}: {@code same-name-and-birth-date} in the
     * same desa, or {@code nik-transposition}): accepted, and flagged for Dinas Sosial to review.
     */
    record LikelyDuplicateFlagged(UUID householdId, String desaCode, UUID flagId, UUID memberId, UUID otherHouseholdId,
                                  UUID otherMemberId, String reason) implements HouseholdEvent {
    }

    /** Dinas Sosial reviewed a flag: {@code outcome} {@code dismissed} (different people) or {@code merged}. */
    record DuplicateFlagResolved(UUID householdId, String desaCode, UUID flagId, String outcome, String reason)
            implements HouseholdEvent {
    }

    /** One person's personal data was erased (crypto-shredding); they are no longer a member of the household. */
    record PersonErased(UUID householdId, String desaCode, UUID memberId) implements HouseholdEvent {
    }

    /**
     * The household's reference code: its first ({@code reason} null), or a new one for a lost code (the old one stops
     * working). The code is sealed under the household's key like its KK number and address, so erasure destroys it;
     * its hash, the only form published, is not sealed.
     */
    record ReferenceCodeIssued(UUID householdId, String desaCode, String referenceCode, String referenceCodeHash,
                               Instant issuedAt, String reason) implements HouseholdEvent {
    }
}
