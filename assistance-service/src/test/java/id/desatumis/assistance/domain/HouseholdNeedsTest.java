package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdClassified;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdGraduated;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent.NeedIdentified;
import id.desatumis.assistance.domain.HouseholdEvent.NeedListedAgain;
import id.desatumis.assistance.domain.HouseholdEvent.NeedMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedPlanned;
import id.desatumis.assistance.domain.HouseholdEvent.NeedReopened;
import id.desatumis.kit.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
import static id.desatumis.assistance.domain.Household.OTHER_INTERVENTION;
import static id.desatumis.assistance.domain.Household.POLICY;
import static id.desatumis.assistance.domain.Household.REASSESSMENT;
import static id.desatumis.assistance.domain.Household.SCHOOL;
import static id.desatumis.assistance.domain.Household.assessed;
import static id.desatumis.assistance.domain.Household.cover;
import static id.desatumis.assistance.domain.Household.house;
import static id.desatumis.assistance.domain.Household.listing;
import static id.desatumis.assistance.domain.Household.school;
import static id.desatumis.assistance.domain.Household.then;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a household's events, when an assessment lists its needs, a closure, a plan, a delivery met or reopened. */
class HouseholdNeedsTest {

    @Test
    void aNeedsIdIsMadeFromItsHouseholdKindAndMember() {
        assertThat(NeedId.of(ID, NeedKind.EDUCATION, CHILD)).isEqualTo(SCHOOL);
        assertThat(NeedId.of(ID, NeedKind.EDUCATION, Household.MOTHER)).isNotEqualTo(SCHOOL);
        assertThat(NeedId.of(ID, NeedKind.HOUSE_REPAIR, null)).isEqualTo(
                UUID.nameUUIDFromBytes(("need:" + ID + ":HOUSE_REPAIR:-").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFirstListingClassifiesTheHouseholdAndIdentifiesEachNeedOnce() {
        List<HouseholdEvent> events = HouseholdNeeds.listed(NeedsOfHousehold.NONE,
                listing(ASSESSMENT, house(), school(), school()), Set.of());

        assertThat(events).containsExactly(
                new HouseholdClassified(ID, DESA, "POOR", ASSESSMENT),
                new NeedIdentified(ID, HOUSE, NeedKind.HOUSE_REPAIR, null, DESA, ASSESSMENT, POLICY),
                new NeedIdentified(ID, SCHOOL, NeedKind.EDUCATION, CHILD, DESA, ASSESSMENT, POLICY));
        NeedsOfHousehold after = then(NeedsOfHousehold.NONE, events);
        assertThat(after.standing()).isEqualTo(HouseholdStanding.VERIFIED_POOR);
        assertThat(after.need(SCHOOL).status()).isEqualTo(NeedStatus.IDENTIFIED);
    }

    @Test
    void aLaterListingKeepsWhatItListsAgainAddsWhatIsNewAndCancelsTheOpenNeedsItNoLongerLists() {
        NeedsOfHousehold state = then(assessed(), NeedNews.planned(HOUSE, INTERVENTION));

        List<HouseholdEvent> events = HouseholdNeeds.listed(state, listing(REASSESSMENT, school(),
                new NeedsListing.Listed(NeedKind.SANITATION, null)), Set.of());

        UUID latrine = NeedId.of(ID, NeedKind.SANITATION, null);
        assertThat(events).containsExactly(
                new HouseholdClassified(ID, DESA, "POOR", REASSESSMENT),
                new NeedListedAgain(ID, SCHOOL, REASSESSMENT, POLICY),
                new NeedIdentified(ID, latrine, NeedKind.SANITATION, null, DESA, REASSESSMENT, POLICY),
                new NeedCancelled(ID, HOUSE, NeedKind.HOUSE_REPAIR, DESA, CancelReason.NO_LONGER_LISTED),
                new NeedCancelled(ID, COVER, NeedKind.HEALTH_COVER, DESA, CancelReason.NO_LONGER_LISTED));
    }

    @Test
    void aPlannedNeedWhoseInterventionHadADeliveryReportedIsNotCancelled() {
        NeedsOfHousehold state = then(assessed(), NeedNews.planned(HOUSE, INTERVENTION));

        List<HouseholdEvent> events = HouseholdNeeds.listed(state, listing(REASSESSMENT, school(), cover()), Set.of(HOUSE));

        assertThat(events).noneMatch(e -> e instanceof NeedCancelled);
    }

    @Test
    void aMetNeedIsNeitherCancelledWhenNoLongerListedNorIdentifiedAgainWhenListed() {
        NeedsOfHousehold state = then(assessed(), NeedNews.metAfterPlan(HOUSE, INTERVENTION));

        assertThat(HouseholdNeeds.listed(state, listing(REASSESSMENT, school(), cover()), Set.of()))
                .noneMatch(e -> e instanceof NeedCancelled);
        assertThat(HouseholdNeeds.listed(state, listing(REASSESSMENT, house(), school(), cover()), Set.of()))
                .contains(new NeedListedAgain(ID, HOUSE, REASSESSMENT, POLICY));
    }

    @Test
    void aCancelledOrClosedNeedListedAgainIsIdentifiedAgain() {
        NeedsOfHousehold state = then(assessed(), HouseholdNeeds.listed(assessed(), listing(REASSESSMENT, school()), Set.of()));
        assertThat(state.need(HOUSE).status()).isEqualTo(NeedStatus.CANCELLED);

        List<HouseholdEvent> events = HouseholdNeeds.listed(state, listing(ASSESSMENT, house(), school()), Set.of());

        assertThat(events).contains(new NeedIdentified(ID, HOUSE, NeedKind.HOUSE_REPAIR, null, DESA, ASSESSMENT, POLICY));
        assertThat(then(state, events).need(HOUSE).status()).isEqualTo(NeedStatus.IDENTIFIED);
    }

    @Test
    void aListingThatLeavesOnlyMetNeedsSettlesTheHousehold() {
        NeedsOfHousehold state = then(assessed(), NeedNews.metAfterPlan(SCHOOL, INTERVENTION));

        List<HouseholdEvent> events = HouseholdNeeds.listed(state, listing(REASSESSMENT, school()), Set.of());

        assertThat(events).endsWith(new HouseholdNeedsMet(ID, DESA, 1, 0));
    }

    @Test
    void graduationCancelsTheOpenNeedsAndEndsTheHouseholdsPlaceInTheProgramme() {
        NeedsOfHousehold state = then(assessed(), NeedNews.metAfterPlan(SCHOOL, INTERVENTION));

        List<HouseholdEvent> events = HouseholdNeeds.graduated(state, REASSESSMENT, Set.of());

        assertThat(events).containsExactly(
                new NeedCancelled(ID, HOUSE, NeedKind.HOUSE_REPAIR, DESA, CancelReason.GRADUATED),
                new NeedCancelled(ID, COVER, NeedKind.HEALTH_COVER, DESA, CancelReason.GRADUATED),
                new HouseholdGraduated(ID, REASSESSMENT));
        assertThat(then(state, events).standing()).isEqualTo(HouseholdStanding.GRADUATED);
        assertThat(HouseholdNeeds.graduated(NeedsOfHousehold.NONE, REASSESSMENT, Set.of())).isEmpty();
    }

    @Test
    void aClosureClosesAnOpenNeedAndTheLastOneSettlesTheHousehold() {
        NeedsOfHousehold state = then(assessed(), NeedNews.metAfterPlan(HOUSE, INTERVENTION));
        state = then(state, HouseholdNeeds.close(state, SCHOOL, CloseReason.REFUSED_BY_HOUSEHOLD, "sudah sekolah", Set.of()));

        List<HouseholdEvent> events = HouseholdNeeds.close(state, COVER, CloseReason.MEMBER_MOVED_AWAY, null, Set.of());

        assertThat(events).containsExactly(
                new NeedClosed(ID, COVER, NeedKind.HEALTH_COVER, DESA, CloseReason.MEMBER_MOVED_AWAY, null),
                new HouseholdNeedsMet(ID, DESA, 1, 2));
    }

    @Test
    void aClosureIsRefusedForANeedUnknownMetClosedCancelledOrWithADeliveryReported() {
        NeedsOfHousehold state = then(assessed(), NeedNews.metAfterPlan(HOUSE, INTERVENTION));
        state = then(state, HouseholdNeeds.close(state, SCHOOL, CloseReason.REFUSED_BY_HOUSEHOLD, null, Set.of()));
        NeedsOfHousehold closedOne = state;

        assertThat(refusal(() -> HouseholdNeeds.close(closedOne, UUID.randomUUID(), CloseReason.MEMBER_DIED, null, Set.of())))
                .isEqualTo("need-unknown");
        assertThat(refusal(() -> HouseholdNeeds.close(closedOne, HOUSE, CloseReason.MEMBER_DIED, null, Set.of())))
                .isEqualTo("need-already-met");
        assertThat(refusal(() -> HouseholdNeeds.close(closedOne, SCHOOL, CloseReason.MEMBER_DIED, null, Set.of())))
                .isEqualTo("need-closed");
        NeedsOfHousehold planned = then(closedOne, NeedNews.planned(COVER, OTHER_INTERVENTION));
        assertThat(refusal(() -> HouseholdNeeds.close(planned, COVER, CloseReason.MEMBER_DIED, null, Set.of(COVER))))
                .isEqualTo("need-delivery-reported");
        NeedsOfHousehold cancelled = then(planned, HouseholdNeeds.graduated(planned, REASSESSMENT, Set.of()));
        assertThat(refusal(() -> HouseholdNeeds.close(cancelled, COVER, CloseReason.MEMBER_DIED, null, Set.of())))
                .isEqualTo("need-closed");
    }

    @Test
    void aPlanTakesAnIdentifiedNeed() {
        assertThat(HouseholdNeeds.plan(assessed(), HOUSE, INTERVENTION))
                .containsExactly(new NeedPlanned(ID, HOUSE, INTERVENTION));
    }

    @Test
    void aPlanIsRefusedForANeedUnknownPlannedMetOrClosed() {
        NeedsOfHousehold planned = then(assessed(), NeedNews.planned(HOUSE, INTERVENTION));

        assertThat(HouseholdNeeds.plan(planned, HOUSE, INTERVENTION)).as("the same plan again").isEmpty();
        assertThat(refusal(() -> HouseholdNeeds.plan(planned, UUID.randomUUID(), OTHER_INTERVENTION))).isEqualTo("need-unknown");
        RuleBroken twice = broken(() -> HouseholdNeeds.plan(planned, HOUSE, OTHER_INTERVENTION));
        assertThat(twice.rule()).isEqualTo("need-already-planned");
        assertThat(twice.details()).containsEntry("interventionId", INTERVENTION.toString());
        NeedsOfHousehold met = then(planned, HouseholdNeeds.met(planned, HOUSE, INTERVENTION));
        assertThat(refusal(() -> HouseholdNeeds.plan(met, HOUSE, OTHER_INTERVENTION))).isEqualTo("need-already-met");
        NeedsOfHousehold closed = then(planned, HouseholdNeeds.close(planned, SCHOOL, CloseReason.MEMBER_DIED, null, Set.of()));
        assertThat(refusal(() -> HouseholdNeeds.plan(closed, SCHOOL, OTHER_INTERVENTION))).isEqualTo("need-closed");
    }

    @Test
    void aVerifiedDeliveryMeetsTheNeedAndTheLastOneSettlesTheHouseholdOnce() {
        NeedsOfHousehold state = assessed();
        state = then(state, HouseholdNeeds.close(state, COVER, CloseReason.MEMBER_DIED, null, Set.of()));
        state = then(state, NeedNews.metAfterPlan(SCHOOL, OTHER_INTERVENTION));
        state = then(state, NeedNews.planned(HOUSE, INTERVENTION));

        List<HouseholdEvent> events = HouseholdNeeds.met(state, HOUSE, INTERVENTION);

        assertThat(events).containsExactly(new NeedMet(ID, HOUSE, INTERVENTION), new HouseholdNeedsMet(ID, DESA, 2, 1));
        NeedsOfHousehold settled = then(state, events);
        assertThat(HouseholdNeeds.met(settled, HOUSE, INTERVENTION)).as("the same verification again").isEmpty();
        assertThat(HouseholdNeeds.listed(settled, listing(REASSESSMENT, house(), school()), Set.of()))
                .as("listed again, nothing opens: not announced twice").noneMatch(e -> e instanceof HouseholdNeedsMet);
    }

    @Test
    void aNeedReopenedAndMetAgainSettlesTheHouseholdAgain() {
        NeedsOfHousehold state = assessed();
        state = then(state, HouseholdNeeds.close(state, COVER, CloseReason.MEMBER_DIED, null, Set.of()));
        state = then(state, HouseholdNeeds.close(state, SCHOOL, CloseReason.MEMBER_DIED, null, Set.of()));
        state = then(state, NeedNews.planned(HOUSE, INTERVENTION));
        state = then(state, HouseholdNeeds.met(state, HOUSE, INTERVENTION));
        assertThat(state.needsMetAnnounced()).isTrue();

        state = then(state, HouseholdNeeds.reopen(state, HOUSE, INTERVENTION, ReopenCause.WRITTEN_OFF));
        assertThat(state.needsMetAnnounced()).isFalse();
        state = then(state, HouseholdNeeds.plan(state, HOUSE, OTHER_INTERVENTION));

        assertThat(HouseholdNeeds.met(state, HOUSE, OTHER_INTERVENTION)).endsWith(new HouseholdNeedsMet(ID, DESA, 1, 2));
    }

    @Test
    void anUnplannedDeliveryMeetsAnIdentifiedNeed() {
        assertThat(HouseholdNeeds.met(assessed(), HOUSE, INTERVENTION)).containsExactly(new NeedMet(ID, HOUSE, INTERVENTION));
    }

    @Test
    void aDeliveryIsNotMetForANeedOfAnotherInterventionOrNoLongerOpen() {
        NeedsOfHousehold planned = then(assessed(), NeedNews.planned(HOUSE, INTERVENTION));
        assertThat(refusal(() -> HouseholdNeeds.met(planned, HOUSE, OTHER_INTERVENTION))).isEqualTo("need-already-planned");
        NeedsOfHousehold met = then(planned, HouseholdNeeds.met(planned, HOUSE, INTERVENTION));
        assertThat(refusal(() -> HouseholdNeeds.met(met, HOUSE, OTHER_INTERVENTION))).isEqualTo("need-already-met");
        NeedsOfHousehold gone = then(met, HouseholdNeeds.graduated(met, REASSESSMENT, Set.of()));
        assertThat(refusal(() -> HouseholdNeeds.met(gone, SCHOOL, OTHER_INTERVENTION))).isEqualTo("need-closed");
        assertThat(refusal(() -> HouseholdNeeds.met(gone, UUID.randomUUID(), OTHER_INTERVENTION))).isEqualTo("need-unknown");
    }

    @Test
    void aCancelledInterventionReopensItsNeedOnly() {
        NeedsOfHousehold planned = then(assessed(), NeedNews.planned(HOUSE, INTERVENTION));

        assertThat(HouseholdNeeds.reopen(planned, HOUSE, INTERVENTION, ReopenCause.CANCELLED))
                .containsExactly(new NeedReopened(ID, HOUSE, INTERVENTION, ReopenCause.CANCELLED));
        assertThat(then(planned, HouseholdNeeds.reopen(planned, HOUSE, INTERVENTION, ReopenCause.CANCELLED))
                .need(HOUSE).status()).isEqualTo(NeedStatus.IDENTIFIED);
        assertThat(HouseholdNeeds.reopen(planned, HOUSE, OTHER_INTERVENTION, ReopenCause.CANCELLED)).isEmpty();
        assertThat(HouseholdNeeds.reopen(planned, SCHOOL, INTERVENTION, ReopenCause.CANCELLED)).isEmpty();
        assertThat(refusal(() -> HouseholdNeeds.reopen(planned, UUID.randomUUID(), INTERVENTION, ReopenCause.CANCELLED)))
                .isEqualTo("need-unknown");
    }

    static String refusal(Runnable decision) {
        return broken(decision).rule();
    }

    static RuleBroken broken(Runnable decision) {
        try {
            decision.run();
        } catch (RuleBroken refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    /** What an intervention did to a need, as events to give. */
    static final class NeedNews {

        private NeedNews() {
        }

        static List<HouseholdEvent> planned(UUID needId, UUID interventionId) {
            return List.of(new NeedPlanned(ID, needId, interventionId));
        }

        static List<HouseholdEvent> metAfterPlan(UUID needId, UUID interventionId) {
            return List.of(new NeedPlanned(ID, needId, interventionId), new NeedMet(ID, needId, interventionId));
        }
    }
}
