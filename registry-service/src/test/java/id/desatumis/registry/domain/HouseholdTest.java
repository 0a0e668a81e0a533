package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdCommand.AddMember;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given events, when a command, then events or a rejection. */
class HouseholdTest {

    private static final UUID HOUSEHOLD = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001");
    private static final Member HEAD = new Member(UUID.randomUUID(), "3314071203850001", "Sutarno", Sex.M,
            LocalDate.of(1985, 3, 12), Relationship.HEAD);
    private static final Member WIFE = new Member(UUID.randomUUID(), "3314075706880003", "Sri Wahyuni", Sex.F,
            LocalDate.of(1988, 6, 17), Relationship.WIFE);
    private static final HouseholdRegistered REGISTERED = new HouseholdRegistered(HOUSEHOLD, "3314071001200001",
            "33.14.07.2003", "Dukuh Ngrampal RT 02 RW 01", List.of(HEAD));

    private static List<HouseholdEvent> given(List<HouseholdEvent> history, HouseholdCommand command) {
        return Household.decide(Household.fold(history), command);
    }

    @Test
    void registeringANewHouseholdRecordsItWithItsMembers() {
        var command = new RegisterHousehold(HOUSEHOLD, "3314071001200001", "33.14.07.2003", "Dukuh Ngrampal RT 02 RW 01", List.of(HEAD));
        assertThat(given(List.of(), command)).containsExactly(REGISTERED);
    }

    @Test
    void aHouseholdCannotBeRegisteredTwice() {
        var command = new RegisterHousehold(HOUSEHOLD, "3314071001200001", "33.14.07.2003", "x", List.of(HEAD));
        assertThatThrownBy(() -> given(List.of(REGISTERED), command))
                .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo("household-exists"));
    }

    @Test
    void aMemberJoinsARegisteredHouseholdCarryingItsDesa() {
        assertThat(given(List.of(REGISTERED), new AddMember(HOUSEHOLD, WIFE)))
                .containsExactly(new MemberAdded(HOUSEHOLD, "33.14.07.2003", WIFE));
    }

    @Test
    void aSecondHeadIsRefused() {
        var secondHead = new Member(UUID.randomUUID(), "3314071505900001", "Budi", Sex.M, LocalDate.of(1990, 5, 15), Relationship.HEAD);
        assertThatThrownBy(() -> given(List.of(REGISTERED), new AddMember(HOUSEHOLD, secondHead)))
                .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo("head-exists"));
    }

    @Test
    void theSamePersonCannotJoinTwice() {
        var again = new Member(UUID.randomUUID(), HEAD.nik(), "Sutarno", Sex.M, HEAD.birthDate(), Relationship.OTHER_RELATIVE);
        assertThatThrownBy(() -> given(List.of(REGISTERED), new AddMember(HOUSEHOLD, again)))
                .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo("nik-already-in-household"));
    }

    @Test
    void aMemberCannotJoinAHouseholdThatDoesNotExist() {
        assertThatThrownBy(() -> given(List.of(), new AddMember(HOUSEHOLD, WIFE)))
                .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo("household-unknown"));
    }

    @Test
    void foldingCountsVersionsAndMembers() {
        var state = Household.fold(List.of(REGISTERED, new MemberAdded(HOUSEHOLD, "33.14.07.2003", WIFE)));
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.members()).containsExactly(HEAD, WIFE);
        assertThat(state.hasHead()).isTrue();
    }
}
