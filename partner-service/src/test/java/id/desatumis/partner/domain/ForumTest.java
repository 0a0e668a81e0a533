package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import id.desatumis.partner.domain.Forums.AttendanceEntry;
import id.desatumis.partner.domain.Forums.DecisionDraft;
import id.desatumis.partner.domain.Forums.Schedule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.partner.domain.PartnerTest.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scheduling forums, invitations, attendance and decisions: given events, when a command, then events or a rule broken. */
class ForumTest {

    static final UUID FORUM = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
    static final UUID DPUPR = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID BAZNAS = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID PLN = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    static final String DESA = "33.14.07.2003";
    static final ForumScheduled MUSDES = new ForumScheduled(FORUM, ForumType.MUSYAWARAH_DESA, DAY, "Balai Desa Cemeng",
            "Verifikasi hasil asesmen", DESA, "operator-" + DESA);
    static final ActorsInvited INVITED = new ActorsInvited(FORUM, List.of(DPUPR, BAZNAS), "operator-" + DESA);
    static final Approval PLEDGE = new Approval(Approval.Kind.PLEDGE, null);

    static Forum given(ForumEvent... history) {
        Forum f = Forum.NONE;
        for (ForumEvent e : history) f = Forum.evolve(f, e);
        return f;
    }

    static Schedule schedule(ForumType type, String area) {
        return new Schedule(FORUM, type, DAY, "Pendopo Kabupaten", "Matriks tanggung jawab", Area.of(area));
    }

    @Test
    void eachForumIsScheduledForAnAreaOfItsLevel() {
        assertThat(Forums.schedule(Forum.NONE, schedule(ForumType.TKPKD_COORDINATION, "33.14"), "staf-tkpkd"))
                .containsExactly(new ForumScheduled(FORUM, ForumType.TKPKD_COORDINATION, DAY, "Pendopo Kabupaten",
                        "Matriks tanggung jawab", "33.14", "staf-tkpkd"));
        assertThat(Forums.schedule(Forum.NONE, schedule(ForumType.MUSYAWARAH_KECAMATAN, "33.14.07"), "x")).hasSize(1);
        assertThat(Forums.schedule(Forum.NONE, schedule(ForumType.MUSYAWARAH_DESA, DESA), "x")).hasSize(1);
    }

    @Test
    void aForumForAnAreaOfAnotherLevelIsRefused() {
        assertThat(rule(() -> Forums.schedule(Forum.NONE, schedule(ForumType.TKPKD_COORDINATION, "33.14.07"), "x")))
                .isEqualTo("areaCode:forum-area-level");
        assertThat(rule(() -> Forums.schedule(Forum.NONE, schedule(ForumType.MUSYAWARAH_KECAMATAN, DESA), "x")))
                .isEqualTo("areaCode:forum-area-level");
        assertThat(rule(() -> Forums.schedule(Forum.NONE, schedule(ForumType.MUSYAWARAH_DESA, "33.14"), "x")))
                .isEqualTo("areaCode:forum-area-level");
    }

    @Test
    void aForumIsScheduledOnce() {
        assertThat(rule(() -> Forums.schedule(given(MUSDES), schedule(ForumType.MUSYAWARAH_DESA, DESA), "x")))
                .isEqualTo("forumId:forum-exists");
    }

    @Test
    void registeredActorsAreInvitedAndOnesInvitedAlreadyAreLeftAsTheyAre() {
        assertThat(Forums.invite(given(MUSDES, INVITED), List.of(BAZNAS, PLN, PLN), Set.of(DPUPR, BAZNAS, PLN), "x"))
                .containsExactly(new ActorsInvited(FORUM, List.of(PLN), "x"));
        assertThat(Forums.invite(given(MUSDES, INVITED), List.of(DPUPR), Set.of(DPUPR), "x")).isEmpty();
        assertThat(given(MUSDES, INVITED, new ActorsInvited(FORUM, List.of(PLN, DPUPR), "x")).invited())
                .containsExactly(DPUPR, BAZNAS, PLN);
    }

    @Test
    void anActorNotRegisteredIsNotInvitedAndEachIsNamed() {
        assertThat(rule(() -> Forums.invite(given(MUSDES), List.of(DPUPR, PLN), Set.of(DPUPR), "x")))
                .isEqualTo("partnerIds[1]:partner-unknown");
        var all = catchThrowableOfType(RulesBroken.class,
                () -> Forums.invite(given(MUSDES), List.of(PLN, BAZNAS), Set.of(), "x"));
        assertThat(all.rules()).extracting(RuleBroken::field).containsExactly("partnerIds[0]", "partnerIds[1]");
    }

    @Test
    void nothingHappensToAForumNotScheduled() {
        assertThat(rule(() -> Forums.invite(Forum.NONE, List.of(DPUPR), Set.of(DPUPR), "x"))).isEqualTo("forumId:forum-unknown");
        assertThat(rule(() -> Forums.recordAttendance(Forum.NONE, List.of(present(DPUPR)), DAY, "x")))
                .isEqualTo("forumId:forum-unknown");
        assertThat(rule(() -> Forums.recordDecision(Forum.NONE, draft("1"), false, DAY, "x"))).isEqualTo("forumId:forum-unknown");
    }

    static AttendanceEntry present(UUID actor) {
        return new AttendanceEntry(actor, Attendance.PRESENT, null);
    }

    @Test
    void attendanceOfInvitedActorsIsRecordedOnTheForumsDayOrAfter() {
        List<ForumEvent> events = Forums.recordAttendance(given(MUSDES, INVITED), List.of(present(DPUPR),
                new AttendanceEntry(BAZNAS, Attendance.REPRESENTED, "Staf Bidang Pendistribusian")), DAY, "op");
        assertThat(events).containsExactly(new AttendanceRecorded(FORUM, DPUPR, Attendance.PRESENT, null, "op"),
                new AttendanceRecorded(FORUM, BAZNAS, Attendance.REPRESENTED, "Staf Bidang Pendistribusian", "op"));
        assertThat(Forums.recordAttendance(given(MUSDES, INVITED),
                List.of(new AttendanceEntry(DPUPR, Attendance.ABSENT_WITHOUT_NOTICE, null)), DAY.plusDays(30), "op")).hasSize(1);
    }

    @Test
    void attendanceBeforeTheForumsDayIsRefused() {
        assertThat(rule(() -> Forums.recordAttendance(given(MUSDES, INVITED), List.of(present(DPUPR)), DAY.minusDays(1), "x")))
                .isEqualTo("forumId:forum-not-held-yet");
    }

    @Test
    void attendanceOfAnActorNotInvitedIsRefused() {
        assertThat(rule(() -> Forums.recordAttendance(given(MUSDES, INVITED), List.of(present(DPUPR), present(PLN)), DAY, "x")))
                .isEqualTo("attendance[1].partnerId:not-invited");
    }

    @Test
    void anActorListedTwiceIsRefused() {
        assertThat(rule(() -> Forums.recordAttendance(given(MUSDES, INVITED), List.of(present(DPUPR), present(DPUPR)), DAY, "x")))
                .isEqualTo("attendance[1].partnerId:actor-listed-twice");
    }

    @Test
    void representedNamesTheRepresentativesRoleAndNothingElseDoes() {
        assertThat(rule(() -> Forums.recordAttendance(given(MUSDES, INVITED),
                List.of(new AttendanceEntry(DPUPR, Attendance.REPRESENTED, null)), DAY, "x")))
                .isEqualTo("attendance[0].representedBy:representative-required");
        for (Attendance a : List.of(Attendance.PRESENT, Attendance.ABSENT_WITH_NOTICE, Attendance.ABSENT_WITHOUT_NOTICE)) {
            assertThat(rule(() -> Forums.recordAttendance(given(MUSDES, INVITED),
                    List.of(new AttendanceEntry(DPUPR, a, "Sekretaris")), DAY, "x")))
                    .isEqualTo("attendance[0].representedBy:representative-refused");
        }
    }

    @Test
    void everyBrokenAttendanceRuleIsNamedAtOnce() {
        var all = catchThrowableOfType(RulesBroken.class, () -> Forums.recordAttendance(given(MUSDES, INVITED),
                List.of(present(PLN), new AttendanceEntry(DPUPR, Attendance.REPRESENTED, null)), DAY, "x"));
        assertThat(all.rules()).extracting(r -> r.field() + ":" + r.rule())
                .containsExactly("attendance[0].partnerId:not-invited", "attendance[1].representedBy:representative-required");
    }

    @Test
    void aLaterRecordCorrectsAnEarlierAndTheSameRecordAgainChangesNothing() {
        Forum held = given(MUSDES, INVITED, new AttendanceRecorded(FORUM, DPUPR, Attendance.ABSENT_WITHOUT_NOTICE, null, "op"));
        assertThat(Forums.recordAttendance(held, List.of(new AttendanceEntry(DPUPR, Attendance.ABSENT_WITHOUT_NOTICE, null)), DAY, "x"))
                .isEmpty();
        List<ForumEvent> corrected = Forums.recordAttendance(held,
                List.of(new AttendanceEntry(DPUPR, Attendance.ABSENT_WITH_NOTICE, null)), DAY, "x");
        assertThat(corrected).hasSize(1);
        assertThat(given(MUSDES, INVITED, corrected.get(0)).attendance().get(DPUPR).attendance())
                .isEqualTo(Attendance.ABSENT_WITH_NOTICE);
    }

    static DecisionDraft draft(String number) {
        return new DecisionDraft(number, "Daftar penerima RTLH disepakati", new Approval(Approval.Kind.VERIFICATION_LIST, null));
    }

    @Test
    void aDecisionIsRecordedWithTheForumsTypeAreaAndDate() {
        assertThat(Forums.recordDecision(given(MUSDES), draft("MD/33.14.07.2003/2026/004"), false, DAY.plusDays(2), "op"))
                .containsExactly(new DecisionRecorded(FORUM, "MD/33.14.07.2003/2026/004", "Daftar penerima RTLH disepakati",
                        new Approval(Approval.Kind.VERIFICATION_LIST, null), ForumType.MUSYAWARAH_DESA, DESA, DAY, "op"));
    }

    @Test
    void aDecisionBeforeTheForumsDayIsRefused() {
        assertThat(rule(() -> Forums.recordDecision(given(MUSDES), draft("1"), false, DAY.minusDays(1), "x")))
                .isEqualTo("forumId:forum-not-held-yet");
    }

    @Test
    void aDecisionNumberTakenHereOrElsewhereIsRefused() {
        Forum decided = given(MUSDES, new DecisionRecorded(FORUM, "MD/1", "t", PLEDGE, ForumType.MUSYAWARAH_DESA, DESA, DAY, "op"));
        assertThat(rule(() -> Forums.recordDecision(decided, draft("MD/1"), false, DAY, "x"))).isEqualTo("number:decision-number-taken");
        assertThat(rule(() -> Forums.recordDecision(given(MUSDES), draft("MD/2"), true, DAY, "x")))
                .isEqualTo("number:decision-number-taken");
        assertThat(Forums.recordDecision(decided, draft("MD/2"), false, DAY, "x")).hasSize(1);
    }
}
