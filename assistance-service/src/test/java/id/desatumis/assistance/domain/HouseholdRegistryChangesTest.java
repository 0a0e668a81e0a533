package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMergedAway;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.MemberErased;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent.NeedMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedPlanned;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.assistance.domain.Household.ASSESSMENT;
import static id.desatumis.assistance.domain.Household.CHILD;
import static id.desatumis.assistance.domain.Household.COVER;
import static id.desatumis.assistance.domain.Household.DESA;
import static id.desatumis.assistance.domain.Household.HOUSE;
import static id.desatumis.assistance.domain.Household.ID;
import static id.desatumis.assistance.domain.Household.INTERVENTION;
import static id.desatumis.assistance.domain.Household.MOTHER;
import static id.desatumis.assistance.domain.Household.OTHER_DESA;
import static id.desatumis.assistance.domain.Household.SCHOOL;
import static id.desatumis.assistance.domain.Household.assessed;
import static id.desatumis.assistance.domain.Household.house;
import static id.desatumis.assistance.domain.Household.listing;
import static id.desatumis.assistance.domain.Household.then;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a household's events, when the registry tells of a move, a merge, an erasure, a death or a departure. */
class HouseholdRegistryChangesTest {

    @Test
    void aMoveTakesTheNeedsToTheNewDesa() {
        List<HouseholdEvent> events = HouseholdRegistryChanges.moved(assessed(), OTHER_DESA);

        assertThat(events).containsExactly(new HouseholdMoved(ID, DESA, OTHER_DESA));
        assertThat(then(assessed(), events).desaCode()).isEqualTo(OTHER_DESA);
        assertThat(HouseholdRegistryChanges.moved(assessed(), DESA)).as("within its desa").isEmpty();
        assertThat(HouseholdRegistryChanges.moved(NeedsOfHousehold.NONE, OTHER_DESA)).as("a household with no needs").isEmpty();
    }

    @Test
    void aMergedDuplicatesOpenNeedsAreCancelledAndLaterListingsOfItIgnored() {
        NeedsOfHousehold state = then(assessed(), List.of(new NeedPlanned(ID, HOUSE, INTERVENTION),
                new NeedMet(ID, HOUSE, INTERVENTION)));
        UUID survivor = UUID.randomUUID();

        List<HouseholdEvent> events = HouseholdRegistryChanges.mergedAway(state, ID, DESA, survivor, Set.of());

        assertThat(events).containsExactly(
                new NeedCancelled(ID, SCHOOL, NeedKind.EDUCATION, DESA, CancelReason.MERGED_AWAY),
                new NeedCancelled(ID, COVER, NeedKind.HEALTH_COVER, DESA, CancelReason.MERGED_AWAY),
                new HouseholdMergedAway(ID, DESA, survivor));
        NeedsOfHousehold after = then(state, events);
        assertThat(after.need(HOUSE).status()).as("delivered: it stays met").isEqualTo(NeedStatus.MET);
        assertThat(HouseholdNeeds.listed(after, listing(ASSESSMENT, house()), Set.of())).isEmpty();
    }

    @Test
    void aHouseholdNotSeenYetIsStillRecordedAsErasedSoThatNeedsArrivingLateAreNotTaken() {
        List<HouseholdEvent> events = HouseholdRegistryChanges.erased(NeedsOfHousehold.NONE, ID, DESA, Set.of());

        assertThat(events).containsExactly(new HouseholdErased(ID, DESA));
        NeedsOfHousehold after = then(NeedsOfHousehold.NONE, events);
        assertThat(HouseholdNeeds.listed(after, listing(ASSESSMENT, house()), Set.of())).isEmpty();
        assertThat(HouseholdRegistryChanges.erased(after, ID, DESA, Set.of())).as("erased twice").isEmpty();
    }

    @Test
    void anErasedHouseholdsOpenNeedsAreCancelledAndNoneKeepsAMemberId() {
        NeedsOfHousehold state = then(assessed(), List.of(new NeedPlanned(ID, SCHOOL, INTERVENTION)));

        List<HouseholdEvent> events = HouseholdRegistryChanges.erased(state, ID, DESA, Set.of(SCHOOL));

        assertThat(events).containsExactly(
                new NeedCancelled(ID, HOUSE, NeedKind.HOUSE_REPAIR, DESA, CancelReason.HOUSEHOLD_ERASED),
                new NeedCancelled(ID, COVER, NeedKind.HEALTH_COVER, DESA, CancelReason.HOUSEHOLD_ERASED),
                new HouseholdErased(ID, DESA));
        NeedsOfHousehold after = then(state, events);
        assertThat(after.need(SCHOOL).status()).as("a delivery was reported: it stays planned").isEqualTo(NeedStatus.PLANNED);
        assertThat(after.needs().values()).allMatch(n -> n.memberId() == null);
    }

    @Test
    void anErasedPersonsOpenNeedsAreCancelledAndTheirNeedsKeepNoMemberId() {
        NeedsOfHousehold state = then(assessed(), List.of(new NeedPlanned(ID, COVER, INTERVENTION),
                new NeedMet(ID, COVER, INTERVENTION)));

        assertThat(HouseholdRegistryChanges.personErased(state, CHILD, Set.of())).containsExactly(
                new NeedCancelled(ID, SCHOOL, NeedKind.EDUCATION, DESA, CancelReason.PERSON_ERASED),
                new MemberErased(ID, List.of(SCHOOL)));
        List<HouseholdEvent> mothers = HouseholdRegistryChanges.personErased(state, MOTHER, Set.of());
        assertThat(mothers).containsExactly(new MemberErased(ID, List.of(COVER)));
        assertThat(then(state, mothers).need(COVER)).satisfies(n -> {
            assertThat(n.memberId()).isNull();
            assertThat(n.status()).isEqualTo(NeedStatus.MET);
        });
        assertThat(HouseholdRegistryChanges.personErased(state, UUID.randomUUID(), Set.of())).isEmpty();
    }

    @Test
    void aMemberWhoDiedOrMovedAwayHasTheirOpenNeedsClosedAndTheLastSettlesTheHousehold() {
        NeedsOfHousehold state = then(assessed(), List.of(new NeedPlanned(ID, HOUSE, INTERVENTION),
                new NeedMet(ID, HOUSE, INTERVENTION)));
        state = then(state, HouseholdRegistryChanges.memberGone(state, MOTHER, CloseReason.MEMBER_MOVED_AWAY, Set.of()));

        List<HouseholdEvent> events = HouseholdRegistryChanges.memberGone(state, CHILD, CloseReason.MEMBER_DIED, Set.of());

        assertThat(events).containsExactly(
                new NeedClosed(ID, SCHOOL, NeedKind.EDUCATION, DESA, CloseReason.MEMBER_DIED, null),
                new HouseholdNeedsMet(ID, DESA, 1, 2));
        assertThat(HouseholdRegistryChanges.memberGone(then(state, events), CHILD, CloseReason.MEMBER_DIED, Set.of()))
                .as("told twice").isEmpty();
    }

    @Test
    void aMemberWhosePlannedNeedHadADeliveryReportedKeepsIt() {
        NeedsOfHousehold state = then(assessed(), List.of(new NeedPlanned(ID, SCHOOL, INTERVENTION)));

        assertThat(HouseholdRegistryChanges.memberGone(state, CHILD, CloseReason.MEMBER_DIED, Set.of(SCHOOL))).isEmpty();
    }
}
