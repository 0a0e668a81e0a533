package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.CancelReason;
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

    /**
     * A change to the household's needs: the decision on the household as it stands, and the reason recorded on the
     * intervention of a planned need it withdraws.
     */
    sealed interface Change extends HouseholdNews {

        List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported);

        String withdrawalReason();
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

        @Override
        public String withdrawalReason() {
            return CancelReason.NO_LONGER_LISTED.name();
        }
    }

    record Graduated(UUID householdId, UUID assessmentId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdNeeds.graduated(state, assessmentId, deliveryReported);
        }

        @Override
        public String withdrawalReason() {
            return CancelReason.GRADUATED.name();
        }
    }

    record Moved(UUID householdId, String toDesaCode) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.moved(state, toDesaCode);
        }

        @Override
        public String withdrawalReason() {
            return "MOVED";
        }
    }

    record MergedAway(UUID householdId, String desaCode, UUID survivorId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.mergedAway(state, householdId, desaCode, survivorId, deliveryReported);
        }

        @Override
        public String withdrawalReason() {
            return CancelReason.MERGED_AWAY.name();
        }
    }

    record Erased(UUID householdId, String desaCode) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.erased(state, householdId, desaCode, deliveryReported);
        }

        @Override
        public String withdrawalReason() {
            return CancelReason.HOUSEHOLD_ERASED.name();
        }
    }

    record PersonErased(UUID householdId, UUID memberId) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.personErased(state, memberId, deliveryReported);
        }

        @Override
        public String withdrawalReason() {
            return CancelReason.PERSON_ERASED.name();
        }
    }

    /** A member died, or moved out (to another household or away). */
    record MemberGone(UUID householdId, UUID memberId, CloseReason reason) implements Change {
        @Override
        public List<HouseholdEvent> decide(NeedsOfHousehold state, Set<UUID> deliveryReported) {
            return HouseholdRegistryChanges.memberGone(state, memberId, reason, deliveryReported);
        }

        @Override
        public String withdrawalReason() {
            return reason.name();
        }
    }

    /** The registry issued the household a reference code: only its hash is known here. */
    record CodeIssued(UUID householdId, String codeHash, OffsetDateTime issuedAt) implements HouseholdNews {
    }
}
