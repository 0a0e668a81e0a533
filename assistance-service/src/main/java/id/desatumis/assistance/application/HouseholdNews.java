package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.CloseReason;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.HouseholdRegistryChanges;
import id.desatumis.assistance.domain.NeedsListing;
import id.desatumis.assistance.domain.NeedsOfHousehold;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What another service tells of a household (assessment-service's verified needs and graduation, the registry's
 * moves, merges, erasures, deaths, departures and reference codes), as the household's decision it leads to.
 */
public sealed interface HouseholdNews {

    UUID householdId();

    /** A change to the household's needs: the decision on the household as it stands. */
    sealed interface Change extends HouseholdNews {

        List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported);
    }

    record Listed(NeedsListing listing) implements Change {
        @Override
        public UUID householdId() {
            return listing.householdId();
        }

        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdNeeds.listed(state, listing, deliveryReported);
        }
    }

    record Graduated(UUID householdId, UUID assessmentId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdNeeds.graduated(state, assessmentId, deliveryReported);
        }
    }

    record Moved(UUID householdId, String toDesaCode) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.moved(state, toDesaCode);
        }
    }

    record MergedAway(UUID householdId, String desaCode, UUID survivorId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.mergedAway(state, householdId, desaCode, survivorId, deliveryReported);
        }
    }

    record Erased(UUID householdId, String desaCode) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.erased(state, householdId, desaCode, deliveryReported);
        }
    }

    record PersonErased(UUID householdId, UUID memberId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.personErased(state, memberId, deliveryReported);
        }
    }

    /** A member died, or moved out (to another household or away). */
    record MemberGone(UUID householdId, UUID memberId, CloseReason reason) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.memberGone(state, memberId, reason, deliveryReported);
        }
    }

    /** The registry issued the household a reference code: only its hash is known here. */
    record CodeIssued(UUID householdId, String codeHash, OffsetDateTime issuedAt) implements HouseholdNews {
    }
}
