package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.Answers.Condition;
import id.desatumis.assessment.domain.Answers.Electricity;
import id.desatumis.assessment.domain.Answers.FloorMaterial;
import id.desatumis.assessment.domain.Answers.RoofMaterial;
import id.desatumis.assessment.domain.Answers.WallMaterial;
import id.desatumis.assessment.domain.Answers.HealthCover;
import id.desatumis.assessment.domain.Answers.House;
import id.desatumis.assessment.domain.Answers.Latrine;
import id.desatumis.assessment.domain.Answers.MemberAnswers;
import id.desatumis.assessment.domain.Answers.SchoolEnrolment;
import id.desatumis.assessment.domain.Answers.WaterSource;
import id.desatumis.assessment.domain.Answers.WorkStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {

    private static final Policy V1 = Policy.BPS14_2026_1;
    private static final House GOOD_HOUSE = new House(Condition.GOOD, RoofMaterial.TILE, Condition.GOOD, WallMaterial.PLASTERED_BRICK, Condition.GOOD, FloorMaterial.CEMENT, 60, Electricity.PLN_OWN,
            Latrine.OWN, WaterSource.PIPED);
    private static final MemberAnswers ADULT = new MemberAnswers(UUID.randomUUID(), 40, null, HealthCover.PBI_JKN,
            WorkStatus.EMPLOYED, false);

    private static Set<Criterion> first(int n) {
        return n == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(Criterion.values()).subList(0, n));
    }

    private static List<NeedKind> kinds(Classification c) {
        return c.needs().stream().map(Need::kind).toList();
    }

    @ParameterizedTest(name = "{0} criteria -> {1}")
    @CsvSource({"0,NOT_POOR", "5,NOT_POOR", "6,NEAR_POOR", "8,NEAR_POOR", "9,POOR", "11,POOR", "12,EXTREME_POOR", "14,EXTREME_POOR"})
    void theClassFollowsThePolicysThresholdsOnEveryBoundary(int met, PovertyClass expected) {
        assertThat(V1.classOf(met)).isEqualTo(expected);
        assertThat(V1.classify(new Answers(first(met), GOOD_HOUSE, List.of(ADULT), 3)).povertyClass()).isEqualTo(expected);
    }

    @Test
    void everyResultNamesThePolicyVersionAndKeepsTheDesil() {
        Classification c = V1.classify(new Answers(first(9), GOOD_HOUSE, List.of(ADULT), 2));
        assertThat(c.policyVersion()).isEqualTo("bps14-2026.1");
        assertThat(c.criteriaMet()).isEqualTo(9);
        assertThat(c.desil()).isEqualTo(2);
    }

    @Test
    void anotherPolicyVersionClassifiesTheSameAnswersDifferently() {
        Policy stricter = new Policy("bps14-2027.1", 13, 10, 7, 8.0);
        var answers = new Answers(first(9), GOOD_HOUSE, List.of(ADULT), null);
        assertThat(V1.classify(answers).povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(stricter.classify(answers).povertyClass()).isEqualTo(PovertyClass.NEAR_POOR);
        assertThatThrownBy(() -> new Policy("bad", 9, 9, 6, 8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHouseholdThatIsNotPoorHasNoNeeds() {
        var bad = new House(Condition.BAD, RoofMaterial.TILE, Condition.BAD, WallMaterial.PLASTERED_BRICK, Condition.BAD, FloorMaterial.CEMENT, 10, Electricity.NONE, Latrine.NONE, WaterSource.RIVER);
        assertThat(V1.classify(new Answers(first(5), bad, List.of(ADULT), null)).needs()).isEmpty();
    }

    @Test
    void eachHouseholdNeedComesFromTheAnswersItCites() {
        var poorHouse = new House(Condition.BAD, RoofMaterial.TILE, Condition.DAMAGED, WallMaterial.PLASTERED_BRICK, Condition.GOOD, FloorMaterial.CEMENT, 60, Electricity.PLN_SHARED, Latrine.SHARED,
                WaterSource.UNPROTECTED_WELL);
        Classification c = V1.classify(new Answers(first(9), poorHouse, List.of(ADULT), null));
        assertThat(kinds(c)).containsExactly(NeedKind.HOUSE_REPAIR, NeedKind.ELECTRICITY, NeedKind.SANITATION);
        assertThat(c.needs().get(0).reason()).contains("roof").contains("floor"); // criterion 1 and 2 are among the first nine
        assertThat(c.needs().get(1).reason()).contains("PLN_SHARED");
        assertThat(c.needs().get(2).reason()).contains("SHARED").contains("UNPROTECTED_WELL");
    }

    @Test
    void aGoodHouseOfAPoorHouseholdNeedsNothingForTheHouseUnlessTheCriteriaSaySo() {
        var criteria = EnumSet.of(Criterion.C07_COOKING_FUEL, Criterion.C08_PROTEIN, Criterion.C09_CLOTHES, Criterion.C11_TREATMENT,
                Criterion.C12_HEAD_INCOME, Criterion.C13_HEAD_SCHOOLING, Criterion.C14_SAVINGS, Criterion.C02_FLOOR, Criterion.C03_WALLS);
        Classification c = V1.classify(new Answers(criteria, GOOD_HOUSE, List.of(ADULT), null));
        assertThat(kinds(c)).containsExactly(NeedKind.HOUSE_REPAIR);
        assertThat(c.needs().get(0).reason()).contains("floor").contains("walls").doesNotContain("roof");
    }

    @Test
    void foodAssistanceForTheExtremePoorOrThoseWithOneOrTwoMealsADay() {
        assertThat(kinds(V1.classify(new Answers(first(12), GOOD_HOUSE, List.of(ADULT), null)))).contains(NeedKind.FOOD_ASSISTANCE);
        var meals = EnumSet.of(Criterion.C10_MEALS, Criterion.C07_COOKING_FUEL, Criterion.C08_PROTEIN, Criterion.C09_CLOTHES,
                Criterion.C11_TREATMENT, Criterion.C12_HEAD_INCOME, Criterion.C13_HEAD_SCHOOLING, Criterion.C14_SAVINGS, Criterion.C02_FLOOR);
        Classification poor = V1.classify(new Answers(meals, GOOD_HOUSE, List.of(ADULT), null));
        assertThat(poor.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(poor.needs()).filteredOn(n -> n.kind() == NeedKind.FOOD_ASSISTANCE).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("criterion 10"));
    }

    @Test
    void personalNeedsNameTheMember() {
        var child = new MemberAnswers(UUID.randomUUID(), 14, SchoolEnrolment.DROPPED_OUT, HealthCover.PBI_JKN, WorkStatus.NOT_IN_LABOUR_FORCE, false);
        var toddler = new MemberAnswers(UUID.randomUUID(), 3, null, HealthCover.NONE, WorkStatus.NOT_IN_LABOUR_FORCE, false);
        var jobless = new MemberAnswers(UUID.randomUUID(), 30, null, HealthCover.OTHER, WorkStatus.UNEMPLOYED, false);
        var trader = new MemberAnswers(UUID.randomUUID(), 45, null, HealthCover.OTHER, WorkStatus.SELF_EMPLOYED, false);
        var elder = new MemberAnswers(UUID.randomUUID(), 70, null, HealthCover.OTHER, WorkStatus.UNEMPLOYED, false);
        // a house large enough for five, so only the members' needs remain
        var roomy = new House(Condition.GOOD, RoofMaterial.TILE, Condition.GOOD, WallMaterial.PLASTERED_BRICK, Condition.GOOD, FloorMaterial.CEMENT, 200, Electricity.PLN_OWN, Latrine.OWN, WaterSource.PIPED);
        Classification c = V1.classify(new Answers(first(9), roomy, List.of(child, toddler, jobless, trader, elder), null));
        assertThat(c.needs()).filteredOn(n -> n.memberId() != null)
                .extracting(Need::kind, Need::memberId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NeedKind.EDUCATION, child.memberId()),
                        org.assertj.core.groups.Tuple.tuple(NeedKind.HEALTH_COVER, toddler.memberId()),
                        org.assertj.core.groups.Tuple.tuple(NeedKind.SKILLS_TRAINING, jobless.memberId()),
                        org.assertj.core.groups.Tuple.tuple(NeedKind.BUSINESS_CAPITAL, trader.memberId()));
    }

    @Test
    void theNearPoorGetNoBusinessCapital() {
        var trader = new MemberAnswers(UUID.randomUUID(), 45, null, HealthCover.OTHER, WorkStatus.SELF_EMPLOYED, false);
        assertThat(kinds(V1.classify(new Answers(first(6), GOOD_HOUSE, List.of(trader), null)))).doesNotContain(NeedKind.BUSINESS_CAPITAL);
    }

    @Test
    void poorMaterialsMakeARumahTidakLayakHuniWhateverTheirCondition() {
        var thatched = new House(Condition.GOOD, RoofMaterial.THATCH, Condition.GOOD, WallMaterial.BAMBOO, Condition.GOOD,
                FloorMaterial.EARTH, 60, Electricity.PLN_OWN, Latrine.OWN, WaterSource.PIPED);
        var criteria = EnumSet.of(Criterion.C07_COOKING_FUEL, Criterion.C08_PROTEIN, Criterion.C09_CLOTHES, Criterion.C11_TREATMENT,
                Criterion.C12_HEAD_INCOME, Criterion.C13_HEAD_SCHOOLING, Criterion.C14_SAVINGS, Criterion.C10_MEALS, Criterion.C05_ELECTRICITY);
        Classification c = V1.classify(new Answers(criteria, thatched, List.of(ADULT), null));
        assertThat(c.needs()).filteredOn(n -> n.kind() == NeedKind.HOUSE_REPAIR).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("roof THATCH").contains("walls BAMBOO").contains("floor EARTH")
                        .doesNotContain("criterion"));
        assertThat(kinds(V1.classify(new Answers(criteria, GOOD_HOUSE, List.of(ADULT), null)))).doesNotContain(NeedKind.HOUSE_REPAIR);
    }

    @Test
    void theFormsDesilWinsAndTheRegistrysIsUsedWhenTheFormHasNone() {
        assertThat(V1.classify(new Answers(first(9), GOOD_HOUSE, List.of(ADULT), 3), 1).desil()).isEqualTo(3);
        assertThat(V1.classify(new Answers(first(9), GOOD_HOUSE, List.of(ADULT), null), 1).desil()).isEqualTo(1);
        assertThat(V1.classify(new Answers(first(9), GOOD_HOUSE, List.of(ADULT), null), null).desil()).isNull();
    }
}
