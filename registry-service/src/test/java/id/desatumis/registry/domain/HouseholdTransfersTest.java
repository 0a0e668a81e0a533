package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdCommand.MergeHouseholds;
import id.desatumis.registry.domain.HouseholdCommand.MoveMemberOut;
import id.desatumis.registry.domain.HouseholdCommand.SplitHousehold;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdAbsorbed;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.HouseholdEvent.MemberMovedOut;
import id.desatumis.registry.domain.HouseholdEvent.MembersSplitOff;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.registry.domain.Given.CHILD;
import static id.desatumis.registry.domain.Given.DESA;
import static id.desatumis.registry.domain.Given.FAMILY;
import static id.desatumis.registry.domain.Given.HEAD;
import static id.desatumis.registry.domain.Given.HOUSEHOLD;
import static id.desatumis.registry.domain.Given.NEIGHBOURS;
import static id.desatumis.registry.domain.Given.OTHER;
import static id.desatumis.registry.domain.Given.WIFE;
import static id.desatumis.registry.domain.Given.rejection;
import static id.desatumis.registry.domain.Given.state;
import static org.assertj.core.api.Assertions.assertThat;

/** Commands that change two households: given both histories, when the command, then both sides' events. */
class HouseholdTransfersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void aMemberMovesAwayOutOfTheRegistry() {
        var outcome = HouseholdTransfers.moveMemberOut(state(FAMILY), null,
                new MoveMemberOut(HOUSEHOLD, CHILD.memberId(), null, DAY, null));
        assertThat(outcome.first()).containsExactly(new MemberMovedOut(HOUSEHOLD, DESA, CHILD.memberId(), null, DAY));
        assertThat(outcome.second()).isEmpty();
    }

    @Test
    void aMemberMovesIntoAnotherRegisteredHouseholdAndJoinsItThere() {
        var outcome = HouseholdTransfers.moveMemberOut(state(FAMILY), state(NEIGHBOURS),
                new MoveMemberOut(HOUSEHOLD, CHILD.memberId(), OTHER, DAY, null));
        assertThat(outcome.first()).containsExactly(new MemberMovedOut(HOUSEHOLD, DESA, CHILD.memberId(), OTHER, DAY));
        assertThat(outcome.second()).containsExactly(new MemberAdded(OTHER, DESA, CHILD.withRelationship(Relationship.OTHER_RELATIVE)));
    }

    @Test
    void theHeadMovingOutNamesTheNextHead() {
        assertThat(rejection(() -> HouseholdTransfers.moveMemberOut(state(FAMILY), null,
                new MoveMemberOut(HOUSEHOLD, HEAD.memberId(), null, DAY, null)))).isEqualTo("head-required");
        var outcome = HouseholdTransfers.moveMemberOut(state(FAMILY), null,
                new MoveMemberOut(HOUSEHOLD, HEAD.memberId(), null, DAY, WIFE.memberId()));
        assertThat(outcome.first()).containsExactly(new MemberMovedOut(HOUSEHOLD, DESA, HEAD.memberId(), null, DAY),
                new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), null, null));
    }

    @Test
    void aMemberCannotMoveIntoTheirOwnHouseholdNorIntoAMergedOne() {
        assertThat(rejection(() -> HouseholdTransfers.moveMemberOut(state(FAMILY), state(FAMILY),
                new MoveMemberOut(HOUSEHOLD, CHILD.memberId(), HOUSEHOLD, DAY, null)))).isEqualTo("same-household");
        var merged = state(NEIGHBOURS, new HouseholdMergedInto(OTHER, DESA, UUID.randomUUID(), "dup", 1));
        assertThat(rejection(() -> HouseholdTransfers.moveMemberOut(state(FAMILY), merged,
                new MoveMemberOut(HOUSEHOLD, CHILD.memberId(), OTHER, DAY, null)))).isEqualTo("household-merged");
    }

    @Test
    void pecahKkSomeMembersFormANewHouseholdWithItsOwnHead() {
        UUID fresh = UUID.randomUUID();
        var outcome = HouseholdTransfers.split(state(FAMILY), new SplitHousehold(HOUSEHOLD, fresh, "3314070102260010",
                DESA, "Dukuh Baru RT 04", Map.of(CHILD.memberId(), Relationship.HEAD), null));
        assertThat(outcome.first()).containsExactly(new MembersSplitOff(HOUSEHOLD, DESA, fresh, List.of(CHILD.memberId())));
        assertThat(outcome.second()).containsExactly(new HouseholdRegistered(fresh, "3314070102260010", DESA,
                "Dukuh Baru RT 04", List.of(CHILD.withRelationship(Relationship.HEAD))));
        var after = state(FAMILY, (HouseholdEvent) outcome.first().get(0));
        assertThat(after.members()).containsExactly(HEAD, WIFE);
    }

    @Test
    void aSplitKeepsSomeoneAndAHeadOnBothSides() {
        UUID fresh = UUID.randomUUID();
        assertThat(rejection(() -> HouseholdTransfers.split(state(FAMILY), new SplitHousehold(HOUSEHOLD, fresh, "3314070102260010",
                DESA, "x", Map.of(HEAD.memberId(), Relationship.HEAD, WIFE.memberId(), Relationship.WIFE,
                CHILD.memberId(), Relationship.CHILD), null)))).isEqualTo("split-leaves-nobody");
        assertThat(rejection(() -> HouseholdTransfers.split(state(FAMILY), new SplitHousehold(HOUSEHOLD, fresh, "3314070102260010",
                DESA, "x", Map.of(CHILD.memberId(), Relationship.CHILD), null)))).isEqualTo("head-exactly-one");
        assertThat(rejection(() -> HouseholdTransfers.split(state(FAMILY), new SplitHousehold(HOUSEHOLD, fresh, "3314070102260010",
                DESA, "x", Map.of(HEAD.memberId(), Relationship.HEAD), null)))).isEqualTo("head-required");
        var outcome = HouseholdTransfers.split(state(FAMILY), new SplitHousehold(HOUSEHOLD, fresh, "3314070102260010",
                DESA, "x", Map.of(HEAD.memberId(), Relationship.HEAD), WIFE.memberId()));
        assertThat(outcome.first()).contains(new HeadChanged(HOUSEHOLD, DESA, WIFE.memberId(), null, null));
    }

    @Test
    void aMergeKeepsTheSurvivorAndPointsTheDuplicateToIt() {
        // the duplicate registered the same family: the same head (by NIK) and a child the survivor lacked
        Member sameHead = new Member(UUID.randomUUID(), HEAD.nik(), "Sutarno", Sex.M, HEAD.birthDate(), Relationship.HEAD);
        Member extra = new Member(UUID.randomUUID(), "3314071111150005", "Bagus", Sex.M, LocalDate.of(2015, 11, 11), Relationship.CHILD);
        var duplicate = state(new HouseholdRegistered(OTHER, "3314071001200002", DESA, "x", List.of(sameHead, extra)));
        var outcome = HouseholdTransfers.merge(state(FAMILY), duplicate, new MergeHouseholds(HOUSEHOLD, OTHER, "double entry"));
        assertThat(outcome.first()).containsExactly(new HouseholdAbsorbed(HOUSEHOLD, DESA, OTHER, List.of(extra)));
        assertThat(outcome.second()).containsExactly(new HouseholdMergedInto(OTHER, DESA, HOUSEHOLD, "double entry", 2));
        assertThat(state(FAMILY, outcome.first().get(0)).members()).hasSize(4);
    }

    @Test
    void aHouseholdCannotBeMergedIntoItselfNorTwice() {
        assertThat(rejection(() -> HouseholdTransfers.merge(state(FAMILY), state(FAMILY),
                new MergeHouseholds(HOUSEHOLD, HOUSEHOLD, "x")))).isEqualTo("same-household");
        var gone = state(NEIGHBOURS, new HouseholdMergedInto(OTHER, DESA, HOUSEHOLD, "dup", 1));
        assertThat(rejection(() -> HouseholdTransfers.merge(state(FAMILY), gone,
                new MergeHouseholds(HOUSEHOLD, OTHER, "again")))).isEqualTo("household-merged");
    }
}
