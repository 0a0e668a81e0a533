package id.desatumis.assistance.domain;

import id.desatumis.kit.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.desatumis.assistance.domain.Given.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Given every actor's interventions for a household, when another is planned, then the guard passes it or names one. */
class DoubleAssistanceTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 15);
    private static final UUID MEMBER = UUID.fromString("00000000-0000-4000-8000-000000000301");
    private static final UUID SISTER = UUID.fromString("00000000-0000-4000-8000-000000000302");
    private static final UUID DPUPR = UUID.fromString("00000000-0000-4000-8000-000000000311");
    private static final UUID BAZNAS = UUID.fromString("00000000-0000-4000-8000-000000000312");
    private static final GuardWindow FIVE_YEARS = GuardWindow.parse("P5Y");
    private static final GuardWindow SAME_MONTH = GuardWindow.parse("same-month");

    private static PriorAssistance prior(NeedKind kind, UUID memberId, UUID actor, Stage stage, LocalDate date) {
        return new PriorAssistance(UUID.randomUUID(), memberId, kind, actor, stage, date);
    }

    @Test
    void aHouseRepairedByAnotherActorWithinFiveYearsConflicts() {
        PriorAssistance earlier = prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.VERIFIED, LocalDate.of(2023, 3, 1));

        assertThat(DoubleAssistance.conflict(List.of(earlier), NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).contains(earlier);
    }

    @Test
    void whatIsPlannedOrOnItsWayCountsAsMuchAsWhatWasDelivered() {
        for (Stage stage : List.of(Stage.PLANNED, Stage.RESERVATION_REQUESTED, Stage.RESOURCED, Stage.PARTLY_DELIVERED,
                Stage.DELIVERED, Stage.DISPUTED, Stage.VERIFIED)) {
            PriorAssistance p = prior(NeedKind.HOUSE_REPAIR, null, DPUPR, stage, ON.plusMonths(2));
            assertThat(DoubleAssistance.conflict(List.of(p), NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).as(stage.name()).contains(p);
        }
    }

    @Test
    void aCancelledOrWrittenOffInterventionDoesNotCount() {
        List<PriorAssistance> prior = List.of(prior(NeedKind.HOUSE_REPAIR, null, DPUPR, Stage.CANCELLED, ON),
                prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.WRITTEN_OFF, ON));
        assertThat(DoubleAssistance.conflict(prior, NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).isEmpty();
    }

    @Test
    void anotherKindOrOutsideTheWindowDoesNotConflict() {
        List<PriorAssistance> prior = List.of(prior(NeedKind.SANITATION, null, DPUPR, Stage.VERIFIED, ON),
                prior(NeedKind.HOUSE_REPAIR, null, DPUPR, Stage.VERIFIED, ON.minusYears(5)),
                prior(NeedKind.HOUSE_REPAIR, null, DPUPR, Stage.PLANNED, ON.plusYears(5)));
        assertThat(DoubleAssistance.conflict(prior, NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).isEmpty();
        // a day inside either side does
        PriorAssistance justInside = prior(NeedKind.HOUSE_REPAIR, null, DPUPR, Stage.VERIFIED, ON.minusYears(5).plusDays(1));
        assertThat(DoubleAssistance.conflict(List.of(justInside), NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).contains(justInside);
    }

    @Test
    void aPersonalKindComparesMembersNotHouseholds() {
        PriorAssistance sisters = prior(NeedKind.EDUCATION, SISTER, DPUPR, Stage.VERIFIED, ON.minusMonths(2));
        assertThat(DoubleAssistance.conflict(List.of(sisters), NeedKind.EDUCATION, MEMBER, ON, GuardWindow.parse("P1Y"))).isEmpty();
        PriorAssistance own = prior(NeedKind.EDUCATION, MEMBER, DPUPR, Stage.VERIFIED, ON.minusMonths(2));
        assertThat(DoubleAssistance.conflict(List.of(sisters, own), NeedKind.EDUCATION, MEMBER, ON, GuardWindow.parse("P1Y")))
                .contains(own);
        // a household's kind compares households, whichever member it was recorded under
        PriorAssistance food = prior(NeedKind.FOOD_ASSISTANCE, SISTER, BAZNAS, Stage.DELIVERED, ON.withDayOfMonth(1));
        assertThat(DoubleAssistance.conflict(List.of(food), NeedKind.FOOD_ASSISTANCE, null, ON, SAME_MONTH)).contains(food);
    }

    @Test
    void foodAssistanceConflictsWithinTheSameCalendarMonthOnly() {
        PriorAssistance lastMonth = prior(NeedKind.FOOD_ASSISTANCE, null, BAZNAS, Stage.VERIFIED, LocalDate.of(2026, 9, 30));
        assertThat(DoubleAssistance.conflict(List.of(lastMonth), NeedKind.FOOD_ASSISTANCE, null, ON, SAME_MONTH)).isEmpty();
        PriorAssistance thisMonth = prior(NeedKind.FOOD_ASSISTANCE, null, BAZNAS, Stage.PLANNED, LocalDate.of(2026, 10, 31));
        assertThat(DoubleAssistance.conflict(List.of(thisMonth), NeedKind.FOOD_ASSISTANCE, null, ON, SAME_MONTH)).contains(thisMonth);
    }

    @Test
    void theEarliestConflictIsNamed() {
        PriorAssistance later = prior(NeedKind.HOUSE_REPAIR, null, DPUPR, Stage.PLANNED, ON.plusMonths(1));
        PriorAssistance earliest = prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.VERIFIED, ON.minusYears(2));
        assertThat(DoubleAssistance.conflict(List.of(later, earliest), NeedKind.HOUSE_REPAIR, null, ON, FIVE_YEARS)).contains(earliest);
    }

    @Test
    void aConflictIsRefusedNamingTheExistingIntervention() {
        PriorAssistance earlier = prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.RESOURCED, LocalDate.of(2026, 12, 1));

        RuleBroken refused = rejection(() -> DoubleAssistance.require(Optional.of(earlier), null, true));

        assertThat(refused.rule()).isEqualTo(DoubleAssistance.RULE).isEqualTo("already-assisted");
        assertThat(refused.field()).isEqualTo("needId");
        assertThat(refused.details()).containsEntry("existingInterventionId", earlier.interventionId().toString())
                .containsEntry("actorId", BAZNAS.toString()).containsEntry("stage", "RESOURCED")
                .containsEntry("date", "2026-12-01");
    }

    @Test
    void dinasSosialOverridesNamingTheInterventionFound() {
        PriorAssistance earlier = prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.VERIFIED, ON.minusYears(1));
        assertThatCode(() -> DoubleAssistance.require(Optional.of(earlier),
                new GuardOverride(earlier.interventionId(), "the house burnt down"), true)).doesNotThrowAnyException();
    }

    @Test
    void anOverrideOfAnotherInterventionOrByWhoMayNotOverrideIsRefused() {
        PriorAssistance earlier = prior(NeedKind.HOUSE_REPAIR, null, BAZNAS, Stage.VERIFIED, ON.minusYears(1));
        RuleBroken blind = rejection(() -> DoubleAssistance.require(Optional.of(earlier),
                new GuardOverride(UUID.randomUUID(), "whatever was there"), true));
        assertThat(blind.rule()).isEqualTo("already-assisted");
        assertThat(blind.details()).containsEntry("existingInterventionId", earlier.interventionId().toString());

        RuleBroken operator = rejection(() -> DoubleAssistance.require(Optional.of(earlier),
                new GuardOverride(earlier.interventionId(), "the house burnt down"), false));
        assertThat(operator.rule()).isEqualTo("already-assisted");
        assertThat(operator.getMessage()).contains("only Dinas Sosial may override");
    }

    @Test
    void noConflictNeedsNoOverride() {
        assertThatCode(() -> DoubleAssistance.require(Optional.empty(), null, false)).doesNotThrowAnyException();
        assertThatCode(() -> DoubleAssistance.require(Optional.empty(), new GuardOverride(UUID.randomUUID(), "x"), false))
                .doesNotThrowAnyException();
    }
}
