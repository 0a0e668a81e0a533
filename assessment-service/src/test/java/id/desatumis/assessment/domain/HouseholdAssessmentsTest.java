package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.Answers.Condition;
import id.desatumis.assessment.domain.Answers.Electricity;
import id.desatumis.assessment.domain.Answers.FloorMaterial;
import id.desatumis.assessment.domain.Answers.HealthCover;
import id.desatumis.assessment.domain.Answers.House;
import id.desatumis.assessment.domain.Answers.Latrine;
import id.desatumis.assessment.domain.Answers.MemberAnswers;
import id.desatumis.assessment.domain.Answers.RoofMaterial;
import id.desatumis.assessment.domain.Answers.WallMaterial;
import id.desatumis.assessment.domain.Answers.WaterSource;
import id.desatumis.assessment.domain.Answers.WorkStatus;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentClassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReturned;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentVerified;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;
import id.desatumis.kit.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given the household's assessment events, when a command, then events or a rejection. */
class HouseholdAssessmentsTest {

    private static final Policy V1 = Policy.BPS14_2026_1;
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final String DESA = "33.14.07.2003";
    private static final LocalDate FORUM = LocalDate.of(2026, 10, 20);
    private static final House POOR_HOUSE = new House(Condition.BAD, RoofMaterial.TILE, Condition.BAD, WallMaterial.PLASTERED_BRICK, Condition.BAD, FloorMaterial.CEMENT, 20, Electricity.NONE,
            Latrine.NONE, WaterSource.RIVER);
    private static final House GOOD_HOUSE = new House(Condition.GOOD, RoofMaterial.TILE, Condition.GOOD, WallMaterial.PLASTERED_BRICK, Condition.GOOD, FloorMaterial.CEMENT, 80, Electricity.PLN_OWN,
            Latrine.OWN, WaterSource.PIPED);
    private static final MemberAnswers ADULT = new MemberAnswers(UUID.randomUUID(), 40, null, HealthCover.PBI_JKN, WorkStatus.EMPLOYED, false);

    private static AssessmentSubmitted visit(UUID id, LocalDate day, int criteria, House house) {
        var met = criteria == 0 ? EnumSet.noneOf(Criterion.class) : EnumSet.copyOf(Arrays.asList(Criterion.values()).subList(0, criteria));
        return new AssessmentSubmitted(HOUSEHOLD, id, DESA, day, "enumerator-1", "operator-1", null,
                new Answers(met, house, List.of(ADULT), 2));
    }

    private static HouseholdAssessments.State given(AssessmentEvent... history) {
        return HouseholdAssessments.fold(List.of(history));
    }

    private static String rule(Runnable r) {
        try {
            r.run();
        } catch (RuleBroken e) {
            return e.rule();
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void aSubmittedAssessmentIsClassifiedUnderThePolicyAndSendingItAgainStoresNothing() {
        UUID id = UUID.randomUUID();
        var visit = visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE);
        List<AssessmentEvent> events = HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit, V1);
        assertThat(events).hasSize(2).first().isEqualTo(visit);
        var classified = (AssessmentClassified) events.get(1);
        assertThat(classified.classification().policyVersion()).isEqualTo("bps14-2026.1");
        assertThat(classified.classification().povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(HouseholdAssessments.submit(given(events.toArray(AssessmentEvent[]::new)), visit, V1)).isEmpty();
        var different = visit(id, LocalDate.of(2026, 9, 2), 10, POOR_HOUSE);
        assertThat(rule(() -> HouseholdAssessments.submit(given(events.toArray(AssessmentEvent[]::new)), different, V1)))
                .isEqualTo("assessment-exists");
    }

    @Test
    void verificationNeedsAnotherPersonAndTheForumsDecisionAndHappensOnce() {
        UUID id = UUID.randomUUID();
        var history = HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1);
        var s = given(history.toArray(AssessmentEvent[]::new));
        assertThat(rule(() -> HouseholdAssessments.verify(s, id, "enumerator-1", FORUM, "412/07/2026"))).isEqualTo("verifier-is-assessor");
        assertThat(rule(() -> HouseholdAssessments.verify(s, id, "dinsos-1", null, "412/07/2026"))).isEqualTo("forum-decision-required");
        assertThat(rule(() -> HouseholdAssessments.verify(s, id, "dinsos-1", FORUM, " "))).isEqualTo("forum-decision-required");
        assertThat(rule(() -> HouseholdAssessments.verify(s, UUID.randomUUID(), "dinsos-1", FORUM, "1"))).isEqualTo("assessment-unknown");
        assertThat(rule(() -> HouseholdAssessments.verify(s, id, "operator-1", FORUM, "1"))).isEqualTo("verifier-is-assessor");
        assertThat(rule(() -> HouseholdAssessments.verify(s, id, "dinsos-1", LocalDate.of(2026, 8, 31), "1")))
                .isEqualTo("forum-before-visit");
        var verified = HouseholdAssessments.verify(s, id, "dinsos-1", FORUM, "412/07/2026");
        assertThat(verified.get(0)).isEqualTo(new AssessmentVerified(HOUSEHOLD, id, "dinsos-1", FORUM, "412/07/2026"));
        var after = HouseholdAssessments.evolve(s, verified.get(0));
        assertThat(rule(() -> HouseholdAssessments.verify(after, id, "dinsos-1", FORUM, "412/07/2026"))).isEqualTo("not-waiting");
        assertThat(rule(() -> HouseholdAssessments.reject(after, id, "dinsos-1", "x"))).isEqualTo("not-waiting");
    }

    @Test
    void anAssessmentIsRejectedOrReturnedForARevisitOnlyWhileItWaits() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        assertThat(HouseholdAssessments.returnForRevisit(s, id, "dinsos-1", "check the floor area"))
                .containsExactly(new AssessmentReturned(HOUSEHOLD, id, "dinsos-1", "check the floor area"));
        var returned = HouseholdAssessments.evolve(s, HouseholdAssessments.returnForRevisit(s, id, "dinsos-1", "x").get(0));
        assertThat(rule(() -> HouseholdAssessments.verify(returned, id, "dinsos-1", FORUM, "1"))).isEqualTo("not-waiting");
        assertThat(HouseholdAssessments.reject(s, id, "dinsos-1", "not the listed household")).hasSize(1);
        assertThat(rule(() -> HouseholdAssessments.reject(s, id, "enumerator-1", "x"))).isEqualTo("verifier-is-assessor");
    }

    @Test
    void dinasSosialOrTheForumAddsAndStrikesNeedsWithAReasonBeforeVerification() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        var training = new Need(NeedKind.SKILLS_TRAINING, ADULT.memberId(), "musdes: wants to learn welding");
        var added = HouseholdAssessments.addNeed(s, id, training, "musdes-cemeng", "forum decision 3");
        assertThat(added).containsExactly(new AssessmentEvent.NeedAdded(HOUSEHOLD, id, training, "musdes-cemeng", "forum decision 3"));
        var withTraining = HouseholdAssessments.evolve(s, added.get(0));
        assertThat(withTraining.assessments().get(id).needs()).contains(training);
        assertThat(rule(() -> HouseholdAssessments.addNeed(withTraining, id, training, "x", "again"))).isEqualTo("need-present");
        var struck = HouseholdAssessments.strikeNeed(withTraining, id, NeedKind.ELECTRICITY, null, "dinsos-1", "PLN connected it last month");
        var after = HouseholdAssessments.evolve(withTraining, struck.get(0));
        assertThat(after.assessments().get(id).needs()).extracting(Need::kind).doesNotContain(NeedKind.ELECTRICITY);
        assertThat(rule(() -> HouseholdAssessments.strikeNeed(after, id, NeedKind.ELECTRICITY, null, "x", "again"))).isEqualTo("need-absent");
        assertThat(rule(() -> HouseholdAssessments.strikeNeed(after, id, NeedKind.SANITATION, null, "x", " "))).isEqualTo("required");
        var verified = HouseholdAssessments.evolve(after, HouseholdAssessments.verify(after, id, "dinsos-1", FORUM, "1").get(0));
        assertThat(rule(() -> HouseholdAssessments.strikeNeed(verified, id, NeedKind.SANITATION, null, "x", "y"))).isEqualTo("not-waiting");
    }

    @Test
    void aHouseholdWithVerifiedNeedsReassessedAsNotPoorGraduates() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<AssessmentEvent> history = new java.util.ArrayList<>(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY,
                visit(first, LocalDate.of(2025, 9, 1), 10, POOR_HOUSE), V1));
        history.addAll(HouseholdAssessments.verify(given(history.toArray(AssessmentEvent[]::new)), first, "dinsos-1", FORUM, "1"));
        history.addAll(HouseholdAssessments.submit(given(history.toArray(AssessmentEvent[]::new)),
                visit(second, LocalDate.of(2026, 9, 1), 2, GOOD_HOUSE), V1));
        assertThat(HouseholdAssessments.verify(given(history.toArray(AssessmentEvent[]::new)), second, "dinsos-2", FORUM, "2"))
                .containsExactly(new AssessmentVerified(HOUSEHOLD, second, "dinsos-2", FORUM, "2"),
                        new HouseholdGraduated(HOUSEHOLD, second, DESA));
    }

    @Test
    void aLateArrivingOlderVisitDoesNotSupersedeTheNewerOne() {
        UUID newer = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        List<AssessmentEvent> history = new java.util.ArrayList<>(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY,
                visit(newer, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1));
        history.addAll(HouseholdAssessments.verify(given(history.toArray(AssessmentEvent[]::new)), newer, "dinsos-1", FORUM, "1"));
        // an offline batch brings an earlier visit that found the household not poor
        history.addAll(HouseholdAssessments.submit(given(history.toArray(AssessmentEvent[]::new)),
                visit(older, LocalDate.of(2026, 8, 1), 2, GOOD_HOUSE), V1));
        var verified = HouseholdAssessments.verify(given(history.toArray(AssessmentEvent[]::new)), older, "dinsos-2", FORUM, "2");
        assertThat(verified).hasSize(1).noneMatch(e -> e instanceof HouseholdGraduated);
        history.addAll(verified);
        assertThat(given(history.toArray(AssessmentEvent[]::new)).current().submitted().assessmentId()).isEqualTo(newer);
    }

    @Test
    void verifyingAPoorHouseholdsCurrentAssessmentAnnouncesItsNeedsAsAdjusted() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        var adjusted = HouseholdAssessments.fold(s, HouseholdAssessments.strikeNeed(s, id, NeedKind.ELECTRICITY, null, "dinsos-1", "connected"));
        var events = HouseholdAssessments.verify(adjusted, id, "dinsos-1", FORUM, "7");
        assertThat(events).hasSize(2);
        var identified = (AssessmentEvent.NeedsIdentified) events.get(1);
        assertThat(identified.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(identified.policyVersion()).isEqualTo(V1.version());
        assertThat(identified.needs()).extracting(Need::kind).contains(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION)
                .doesNotContain(NeedKind.ELECTRICITY);
    }

    @Test
    void verifyingANotPoorHouseholdThatNeverHadNeedsAnnouncesNothing() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 2, GOOD_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        assertThat(HouseholdAssessments.verify(s, id, "dinsos-1", FORUM, "7")).hasSize(1).first().isInstanceOf(AssessmentVerified.class);
    }

    @Test
    void aReRunUnderANewPolicyIsANewResultThatKeepsTheForumsAdjustments() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 8, POOR_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        assertThat(s.assessments().get(id).classification().povertyClass()).isEqualTo(PovertyClass.NEAR_POOR);
        var training = new Need(NeedKind.SKILLS_TRAINING, ADULT.memberId(), "forum");
        s = HouseholdAssessments.fold(s, HouseholdAssessments.addNeed(s, id, training, "dinsos-1", "forum decision 3"));
        var stricter = new Policy("bps14-2027.1", 11, 8, 5, 8.0);
        var rerun = HouseholdAssessments.reclassify(s, id, stricter);
        var result = ((AssessmentEvent.AssessmentReclassified) rerun.get(0)).classification();
        assertThat(result.policyVersion()).isEqualTo("bps14-2027.1");
        assertThat(result.povertyClass()).isEqualTo(PovertyClass.POOR);
        var after = HouseholdAssessments.fold(s, rerun);
        assertThat(after.assessments().get(id).needs()).contains(training);
        assertThat(rule(() -> HouseholdAssessments.reclassify(after, id, stricter))).isEqualTo("policy-unchanged");
        var first = HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 8, POOR_HOUSE), V1);
        assertThat(((AssessmentClassified) first.get(1)).classification().policyVersion())
                .as("the first result is as it was").isEqualTo("bps14-2026.1");
    }

    @Test
    void aPersonalNeedNamesAMemberTheAssessmentAnsweredForAndAHouseholdNeedNamesNone() {
        UUID id = UUID.randomUUID();
        var s = given(HouseholdAssessments.submit(HouseholdAssessments.State.EMPTY, visit(id, LocalDate.of(2026, 9, 1), 10, POOR_HOUSE), V1)
                .toArray(AssessmentEvent[]::new));
        assertThat(rule(() -> HouseholdAssessments.addNeed(s, id, new Need(NeedKind.EDUCATION, UUID.randomUUID(), "x"), "d", "y")))
                .isEqualTo("member-unknown");
        assertThat(rule(() -> HouseholdAssessments.addNeed(s, id, new Need(NeedKind.EDUCATION, null, "x"), "d", "y")))
                .isEqualTo("required");
        assertThat(rule(() -> HouseholdAssessments.addNeed(s, id, new Need(NeedKind.FOOD_ASSISTANCE, ADULT.memberId(), "x"), "d", "y")))
                .isEqualTo("household-need");
        assertThat(rule(() -> HouseholdAssessments.returnForRevisit(s, id, "dinsos-1", ""))).isEqualTo("required");
        assertThat(rule(() -> HouseholdAssessments.reject(s, id, "dinsos-1", null))).isEqualTo("required");
    }

    @Test
    void aVisitIsRecordedOnlyAgainstAnActiveHouseholdOfItsDesaAndItsCurrentMembers() {
        var visit = visit(UUID.randomUUID(), LocalDate.of(2026, 9, 1), 10, POOR_HOUSE);
        UUID survivor = UUID.randomUUID();
        var active = new RegisteredHousehold(HOUSEHOLD, DESA, RegisteredHousehold.Standing.ACTIVE, null, java.util.Set.of(ADULT.memberId()));
        AssessmentEligibility.check(active, visit);
        var merged = new RegisteredHousehold(HOUSEHOLD, DESA, RegisteredHousehold.Standing.MERGED, survivor, java.util.Set.of());
        assertThatThrownBy(() -> AssessmentEligibility.check(merged, visit)).isInstanceOfSatisfying(RuleBroken.class, r -> {
            assertThat(r.rule()).isEqualTo("household-merged");
            assertThat(r.details()).containsEntry("mergedInto", survivor.toString());
        }).hasMessageContaining(survivor.toString());
        var erased = new RegisteredHousehold(HOUSEHOLD, DESA, RegisteredHousehold.Standing.ERASED, null, java.util.Set.of());
        assertThat(rule(() -> AssessmentEligibility.check(erased, visit))).isEqualTo("household-erased");
        var elsewhere = new RegisteredHousehold(HOUSEHOLD, "33.14.07.2004", RegisteredHousehold.Standing.ACTIVE, null,
                java.util.Set.of(ADULT.memberId()));
        assertThat(rule(() -> AssessmentEligibility.check(elsewhere, visit))).isEqualTo("desa-mismatch");
        var movedOut = new RegisteredHousehold(HOUSEHOLD, DESA, RegisteredHousehold.Standing.ACTIVE, null, java.util.Set.of(UUID.randomUUID()));
        assertThat(rule(() -> AssessmentEligibility.check(movedOut, visit))).isEqualTo("member-unknown");
    }
}
