package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdCommand.ChangeHead;
import id.desatumis.registry.domain.HouseholdCommand.ChangeKkNumber;
import id.desatumis.registry.domain.HouseholdCommand.MoveHousehold;
import id.desatumis.registry.domain.HouseholdCommand.RecordDeath;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.registry.domain.HouseholdEvent.KkNumberChanged;
import id.desatumis.registry.domain.HouseholdEvent.MemberDied;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.desatumis.registry.domain.Given.CHILD;
import static id.desatumis.registry.domain.Given.DESA;
import static id.desatumis.registry.domain.Given.FAMILY;
import static id.desatumis.registry.domain.Given.HEAD;
import static id.desatumis.registry.domain.Given.HOUSEHOLD;
import static id.desatumis.registry.domain.Given.OTHER;
import static id.desatumis.registry.domain.Given.WIFE;
import static id.desatumis.registry.domain.Given.rejection;
import static id.desatumis.registry.domain.Given.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given events, when a command, then events or a rejection: the household's life in one place. */
class HouseholdLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void aMemberWhoIsNotTheHeadDies() {
        assertThat(Household.decide(state(FAMILY), new RecordDeath(HOUSEHOLD, CHILD.memberId(), DAY, null)))
                .containsExactly(new MemberDied(HOUSEHOLD, DESA, CHILD.memberId(), DAY));
    }

    @Test
    void whenTheHeadDiesTheCommandNamesWhoHeadsTheHouseholdNow() {
        assertThat(Household.decide(state(FAMILY), new RecordDeath(HOUSEHOLD, HEAD.memberId(), DAY, WIFE.memberId())))
                .containsExactly(new MemberDied(HOUSEHOLD, DESA, HEAD.memberId(), DAY),
                        new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), null, null));
        var after = state(FAMILY, new MemberDied(HOUSEHOLD, DESA, HEAD.memberId(), DAY),
                new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), null, null));
        assertThat(after.members()).extracting(Member::memberId).containsExactly(WIFE.memberId(), CHILD.memberId());
        assertThat(after.members().get(0).relationship()).isEqualTo(Relationship.HEAD);
    }

    @Test
    void aHouseholdIsNeverLeftWithoutAHeadWhileItHasMembers() {
        assertThat(rejection(() -> Household.decide(state(FAMILY), new RecordDeath(HOUSEHOLD, HEAD.memberId(), DAY, null))))
                .isEqualTo("head-required");
        assertThat(rejection(() -> Household.decide(state(FAMILY), new RecordDeath(HOUSEHOLD, HEAD.memberId(), DAY, HEAD.memberId()))))
                .isEqualTo("member-unknown");
        assertThat(rejection(() -> Household.decide(state(FAMILY), new RecordDeath(HOUSEHOLD, CHILD.memberId(), DAY, WIFE.memberId()))))
                .isEqualTo("head-not-needed");
    }

    @Test
    void theLastMemberMayDieAndLeaveTheHouseholdEmpty() {
        var alone = state(FAMILY, new MemberDied(HOUSEHOLD, DESA, CHILD.memberId(), DAY),
                new MemberDied(HOUSEHOLD, DESA, WIFE.memberId(), DAY));
        assertThat(Household.decide(alone, new RecordDeath(HOUSEHOLD, HEAD.memberId(), DAY, null)))
                .containsExactly(new MemberDied(HOUSEHOLD, DESA, HEAD.memberId(), DAY));
    }

    @Test
    void aDeadMemberCannotDieAgain() {
        var after = state(FAMILY, new MemberDied(HOUSEHOLD, DESA, CHILD.memberId(), DAY));
        assertThat(rejection(() -> Household.decide(after, new RecordDeath(HOUSEHOLD, CHILD.memberId(), DAY, null))))
                .isEqualTo("member-unknown");
    }

    @Test
    void theHeadChangesAndTheFormerHeadTakesANewRelationship() {
        assertThat(Household.decide(state(FAMILY), new ChangeHead(HOUSEHOLD, WIFE.memberId(), Relationship.HUSBAND)))
                .containsExactly(new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), HEAD.memberId(), Relationship.HUSBAND));
        var after = state(FAMILY, new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), HEAD.memberId(), Relationship.HUSBAND));
        assertThat(after.members()).extracting(Member::relationship)
                .containsExactly(Relationship.HUSBAND, Relationship.HEAD, Relationship.CHILD);
    }

    @Test
    void aHeadChangeNeedsAnotherCurrentMemberAndARelationshipForTheFormerHead() {
        assertThat(rejection(() -> Household.decide(state(FAMILY), new ChangeHead(HOUSEHOLD, HEAD.memberId(), Relationship.OTHER))))
                .isEqualTo("head-unchanged");
        assertThat(rejection(() -> Household.decide(state(FAMILY), new ChangeHead(HOUSEHOLD, WIFE.memberId(), Relationship.HEAD))))
                .isEqualTo("relationship");
        assertThat(rejection(() -> Household.decide(state(FAMILY), new ChangeHead(HOUSEHOLD, Given.NEIGHBOUR.memberId(), Relationship.OTHER))))
                .isEqualTo("member-unknown");
    }

    @Test
    void theHouseholdMovesToAnotherDesa() {
        assertThat(Household.decide(state(FAMILY), new MoveHousehold(HOUSEHOLD, "33.14.05.2005", "Kadipiro RT 01")))
                .containsExactly(new HouseholdMoved(HOUSEHOLD, DESA, "33.14.05.2005", "Kadipiro RT 01", 3));
        var after = state(FAMILY, new HouseholdMoved(HOUSEHOLD, DESA, "33.14.05.2005", "Kadipiro RT 01", 3));
        assertThat(after.desaCode()).isEqualTo("33.14.05.2005");
        assertThat(rejection(() -> Household.decide(state(FAMILY), new MoveHousehold(HOUSEHOLD, DESA, FAMILY.address()))))
                .isEqualTo("address-unchanged");
    }

    @Test
    void theKkNumberChangesAndItsHistoryIsTheEvents() {
        assertThat(Household.decide(state(FAMILY), new ChangeKkNumber(HOUSEHOLD, "3314070102260009", "kartu hilang")))
                .containsExactly(new KkNumberChanged(HOUSEHOLD, DESA, FAMILY.kkNumber(), "3314070102260009", "kartu hilang"));
        assertThat(rejection(() -> Household.decide(state(FAMILY), new ChangeKkNumber(HOUSEHOLD, FAMILY.kkNumber(), "x"))))
                .isEqualTo("kk-unchanged");
    }

    @Test
    void aMergedHouseholdRefusesEveryCommandPointingToTheSurvivor() {
        var merged = state(FAMILY, new HouseholdMergedInto(HOUSEHOLD, DESA, OTHER, "same family", 3));
        assertThat(merged.mergedInto()).isEqualTo(OTHER);
        assertThat(rejection(() -> Household.decide(merged, new ChangeKkNumber(HOUSEHOLD, "3314070102260009", "x"))))
                .isEqualTo("household-merged");
        assertThat(rejection(() -> Household.decide(merged, new RecordDeath(HOUSEHOLD, CHILD.memberId(), DAY, null))))
                .isEqualTo("household-merged");
        assertThatThrownBy(() -> Household.requireNotMerged(merged)).isInstanceOfSatisfying(RuleBroken.class,
                r -> assertThat(r.details()).containsEntry("mergedInto", OTHER.toString()));
    }

    @Test
    void anErasedHouseholdKeepsItsIdAndDesaButNothingElseAndRefusesEveryCommand() {
        assertThat(Household.decide(state(FAMILY), new HouseholdCommand.EraseHousehold(HOUSEHOLD)))
                .containsExactly(new HouseholdEvent.HouseholdErased(HOUSEHOLD, DESA, 3));
        var erased = state(FAMILY, new HouseholdEvent.HouseholdErased(HOUSEHOLD, DESA, 3));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.members()).isEmpty();
        assertThat(erased.kkNumber()).isNull();
        assertThat(erased.address()).isNull();
        assertThat(rejection(() -> Household.decide(erased, new HouseholdCommand.EraseHousehold(HOUSEHOLD))))
                .isEqualTo("household-erased");
        assertThat(rejection(() -> Household.decide(erased, new MoveHousehold(HOUSEHOLD, DESA, "x"))))
                .isEqualTo("household-erased");
    }

    @Test
    void anErasedPersonLeavesTheHouseholdAndAnErasedHeadIsReplaced() {
        assertThat(Household.decide(state(FAMILY), new HouseholdCommand.ErasePerson(HOUSEHOLD, CHILD.memberId(), null)))
                .containsExactly(new HouseholdEvent.PersonErased(HOUSEHOLD, DESA, CHILD.memberId()));
        assertThat(rejection(() -> Household.decide(state(FAMILY), new HouseholdCommand.ErasePerson(HOUSEHOLD, HEAD.memberId(), null))))
                .isEqualTo("head-required");
        assertThat(Household.decide(state(FAMILY), new HouseholdCommand.ErasePerson(HOUSEHOLD, HEAD.memberId(), WIFE.memberId())))
                .containsExactly(new HouseholdEvent.PersonErased(HOUSEHOLD, DESA, HEAD.memberId()),
                        new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), null, null));
        assertThat(state(FAMILY, new HouseholdEvent.PersonErased(HOUSEHOLD, DESA, CHILD.memberId())).members())
                .containsExactly(HEAD, WIFE);
    }

    @Test
    void nothingHappensToAHouseholdThatDoesNotExist() {
        assertThat(rejection(() -> Household.decide(Household.State.EMPTY, new MoveHousehold(HOUSEHOLD, DESA, "x"))))
                .isEqualTo("household-unknown");
    }
}
