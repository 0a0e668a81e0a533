package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.AssessmentEvent.AssessmentClassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReturned;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentVerified;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * All assessments of one household: submitted, classified, then verified, rejected or returned for a revisit.
 * The verified assessment with the latest visit date (not the latest arrival: offline batches arrive late) is the
 * household's current one. Pure decisions, no framework.
 */
public final class HouseholdAssessments {

    public enum Status { SUBMITTED, VERIFIED, REJECTED, RETURNED }

    /** One assessment as folded from its events. */
    public record Assessment(AssessmentSubmitted submitted, Classification classification, Status status) {
    }

    public record State(Map<UUID, Assessment> assessments) {
        public static final State EMPTY = new State(Map.of());

        /** The verified assessment with the latest visit date, if any. */
        public Assessment current() {
            return assessments.values().stream().filter(a -> a.status() == Status.VERIFIED)
                    .max(java.util.Comparator.comparing((Assessment a) -> a.submitted().visitDate()))
                    .orElse(null);
        }
    }

    private HouseholdAssessments() {
    }

    public static State fold(List<AssessmentEvent> events) {
        State s = State.EMPTY;
        for (AssessmentEvent e : events) s = evolve(s, e);
        return s;
    }

    public static State evolve(State s, AssessmentEvent event) {
        Map<UUID, Assessment> m = new LinkedHashMap<>(s.assessments());
        if (event instanceof AssessmentSubmitted e) m.put(e.assessmentId(), new Assessment(e, null, Status.SUBMITTED));
        if (event instanceof AssessmentClassified e) m.computeIfPresent(e.assessmentId(), (k, a) -> new Assessment(a.submitted(), e.classification(), a.status()));
        if (event instanceof AssessmentEvent.NeedAdded e) m.computeIfPresent(e.assessmentId(), (k, a) -> withNeeds(a, plus(a, e.need())));
        if (event instanceof AssessmentEvent.NeedStruck e) m.computeIfPresent(e.assessmentId(), (k, a) -> withNeeds(a, a.classification().needs().stream()
                .filter(n -> !(n.kind() == e.kind() && java.util.Objects.equals(n.memberId(), e.memberId()))).toList()));
        if (event instanceof AssessmentVerified e) m.computeIfPresent(e.assessmentId(), (k, a) -> new Assessment(a.submitted(), a.classification(), Status.VERIFIED));
        if (event instanceof AssessmentEvent.AssessmentRejected e) m.computeIfPresent(e.assessmentId(), (k, a) -> new Assessment(a.submitted(), a.classification(), Status.REJECTED));
        if (event instanceof AssessmentReturned e) m.computeIfPresent(e.assessmentId(), (k, a) -> new Assessment(a.submitted(), a.classification(), Status.RETURNED));
        return new State(Map.copyOf(m));
    }

    private static List<Need> plus(Assessment a, Need need) {
        List<Need> needs = new ArrayList<>(a.classification().needs());
        needs.add(need);
        return needs;
    }

    private static Assessment withNeeds(Assessment a, List<Need> needs) {
        Classification c = a.classification();
        return new Assessment(a.submitted(), new Classification(c.policyVersion(), c.criteriaMet(), c.povertyClass(), c.desil(),
                List.copyOf(needs)), a.status());
    }

    /** A need added to an assessment still waiting for verification; the same need twice is refused. */
    public static List<AssessmentEvent> addNeed(State s, UUID assessmentId, Need need, String by, String reason) {
        Assessment a = beforeVerification(s, assessmentId, reason);
        boolean present = a.classification().needs().stream()
                .anyMatch(n -> n.kind() == need.kind() && java.util.Objects.equals(n.memberId(), need.memberId()));
        if (present) throw new AssessmentRejected("kind", "need-present", "this need is on the assessment already");
        return List.of(new AssessmentEvent.NeedAdded(a.submitted().householdId(), assessmentId, need, by, reason));
    }

    /** A need struck from an assessment still waiting for verification. */
    public static List<AssessmentEvent> strikeNeed(State s, UUID assessmentId, NeedKind kind, UUID memberId, String by, String reason) {
        Assessment a = beforeVerification(s, assessmentId, reason);
        boolean present = a.classification().needs().stream()
                .anyMatch(n -> n.kind() == kind && java.util.Objects.equals(n.memberId(), memberId));
        if (!present) throw new AssessmentRejected("kind", "need-absent", "this need is not on the assessment");
        return List.of(new AssessmentEvent.NeedStruck(a.submitted().householdId(), assessmentId, kind, memberId, by, reason));
    }

    private static Assessment beforeVerification(State s, UUID assessmentId, String reason) {
        Assessment a = s.assessments().get(assessmentId);
        if (a == null) throw new AssessmentRejected("assessmentId", "assessment-unknown", "no such assessment");
        if (a.status() != Status.SUBMITTED) {
            throw new AssessmentRejected("assessmentId", "not-waiting", "needs change only before verification");
        }
        if (reason == null || reason.isBlank()) throw new AssessmentRejected("reason", "required", "say why");
        return a;
    }

    /** The same assessment sent twice is stored once: an identical resubmission decides nothing. */
    public static List<AssessmentEvent> submit(State s, AssessmentSubmitted visit, Policy policy) {
        Assessment known = s.assessments().get(visit.assessmentId());
        if (known != null) {
            if (known.submitted().equals(visit)) return List.of();
            throw new AssessmentRejected("assessmentId", "assessment-exists", "another assessment has this id");
        }
        return List.of(visit, new AssessmentClassified(visit.householdId(), visit.assessmentId(), policy.classify(visit.answers())));
    }

    /** Dinas Sosial verifies, never the person who assessed, on the forum's decision; may graduate the household. */
    public static List<AssessmentEvent> verify(State s, UUID assessmentId, String verifier, LocalDate forumDate, String decisionNumber) {
        Assessment a = waiting(s, assessmentId, verifier);
        if (forumDate == null || decisionNumber == null || decisionNumber.isBlank()) {
            throw new AssessmentRejected("forumDecision", "forum-decision-required",
                    "the date and number of the musyawarah desa decision that approved it");
        }
        List<AssessmentEvent> out = new ArrayList<>();
        UUID household = a.submitted().householdId();
        out.add(new AssessmentVerified(household, assessmentId, verifier, forumDate, decisionNumber));
        State after = evolve(s, out.get(0));
        boolean hadNeeds = s.assessments().values().stream().anyMatch(x -> x.status() == Status.VERIFIED
                && x.classification() != null && !x.classification().needs().isEmpty());
        Assessment current = after.current();
        if (hadNeeds && current.submitted().assessmentId().equals(assessmentId)
                && a.classification().povertyClass() == PovertyClass.NOT_POOR) {
            out.add(new HouseholdGraduated(household, assessmentId));
        }
        return out;
    }

    public static List<AssessmentEvent> reject(State s, UUID assessmentId, String verifier, String reason) {
        Assessment a = waiting(s, assessmentId, verifier);
        return List.of(new AssessmentEvent.AssessmentRejected(a.submitted().householdId(), assessmentId, verifier, reason));
    }

    public static List<AssessmentEvent> returnForRevisit(State s, UUID assessmentId, String verifier, String whatToCheck) {
        Assessment a = waiting(s, assessmentId, verifier);
        return List.of(new AssessmentReturned(a.submitted().householdId(), assessmentId, verifier, whatToCheck));
    }

    /** An assessment waiting for verification, and a verifier who did not make it. */
    private static Assessment waiting(State s, UUID assessmentId, String verifier) {
        Assessment a = s.assessments().get(assessmentId);
        if (a == null) throw new AssessmentRejected("assessmentId", "assessment-unknown", "no such assessment");
        if (a.status() != Status.SUBMITTED) {
            throw new AssessmentRejected("assessmentId", "not-waiting", "this assessment was " + a.status().name().toLowerCase());
        }
        if (a.submitted().assessor().equals(verifier)) {
            throw new AssessmentRejected("verifier", "verifier-is-assessor", "an assessment is verified by someone other than its assessor");
        }
        return a;
    }
}
