package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.AssessmentEvent.AssessmentClassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReclassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReturned;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentVerified;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;
import id.desatumis.assessment.domain.AssessmentEvent.NeedAdded;
import id.desatumis.assessment.domain.AssessmentEvent.NeedStruck;
import id.desatumis.assessment.domain.AssessmentEvent.NeedsIdentified;
import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * All assessments of one household: submitted, classified, then verified, rejected or returned for a revisit.
 * The verified assessment with the latest visit date (not the latest arrival: offline batches arrive late) is the
 * household's current one. Pure decisions, no framework.
 */
public final class HouseholdAssessments {

    /** Visit date first; on the same day the later arrival wins. */
    static final Comparator<Assessment> BY_VISIT = Comparator.comparing((Assessment a) -> a.submitted().visitDate())
            .thenComparingLong(Assessment::arrival);

    public record State(Map<UUID, Assessment> assessments) {
        public static final State EMPTY = new State(Map.of());

        /** The verified assessment with the latest visit date, if any. */
        public Assessment current() {
            return assessments.values().stream().filter(a -> a.status() == Assessment.Status.VERIFIED).max(BY_VISIT).orElse(null);
        }

        /** The assessment with the latest visit date, whatever its status (the funnel counts households by it). */
        public Assessment latest() {
            return assessments.values().stream().max(BY_VISIT).orElse(null);
        }
    }

    private HouseholdAssessments() {
    }

    public static State fold(List<AssessmentEvent> events) {
        return fold(State.EMPTY, events);
    }

    public static State fold(State s, List<AssessmentEvent> events) {
        for (AssessmentEvent e : events) s = evolve(s, e);
        return s;
    }

    public static State evolve(State s, AssessmentEvent event) {
        Map<UUID, Assessment> m = new LinkedHashMap<>(s.assessments());
        if (event instanceof AssessmentSubmitted e) {
            m.put(e.assessmentId(), new Assessment(e, List.of(), List.of(), Assessment.Status.SUBMITTED, null, m.size()));
        } else if (event instanceof AssessmentClassified e) {
            m.computeIfPresent(e.assessmentId(), (k, a) -> a.with(e.classification()));
        } else if (event instanceof AssessmentReclassified e) {
            m.computeIfPresent(e.assessmentId(), (k, a) -> a.with(e.classification()));
        } else if (event instanceof NeedAdded || event instanceof NeedStruck) {
            m.computeIfPresent(assessmentOf(event), (k, a) -> a.adjusted(event));
        } else if (event instanceof AssessmentVerified e) {
            m.computeIfPresent(e.assessmentId(), (k, a) -> a.decided(Assessment.Status.VERIFIED, e));
        } else if (event instanceof AssessmentEvent.AssessmentRejected e) {
            m.computeIfPresent(e.assessmentId(), (k, a) -> a.decided(Assessment.Status.REJECTED, e));
        } else if (event instanceof AssessmentReturned e) {
            m.computeIfPresent(e.assessmentId(), (k, a) -> a.decided(Assessment.Status.RETURNED, e));
        }
        // NeedsIdentified and HouseholdGraduated announce what verification decided; they change nothing more
        return new State(Map.copyOf(m));
    }

    private static UUID assessmentOf(AssessmentEvent e) {
        return e instanceof NeedAdded a ? a.assessmentId() : ((NeedStruck) e).assessmentId();
    }

    /** The same assessment sent twice is stored once: an identical resubmission decides nothing. */
    public static List<AssessmentEvent> submit(State s, AssessmentSubmitted visit, Policy policy) {
        return submit(s, visit, policy, null);
    }

    /** As above, with the desil the registry knows, used when the form gives none. */
    public static List<AssessmentEvent> submit(State s, AssessmentSubmitted visit, Policy policy, Integer knownDesil) {
        Assessment known = s.assessments().get(visit.assessmentId());
        if (known != null) {
            if (sameVisit(known.submitted(), visit)) return List.of();
            throw new RuleBroken("assessmentId", "assessment-exists", "another assessment has this id");
        }
        return List.of(visit, new AssessmentClassified(visit.householdId(), visit.assessmentId(),
                policy.classify(visit.answers(), knownDesil)));
    }

    /** The form is the same; who synced it does not matter (a tablet may be synced by the operator or its enumerator). */
    private static boolean sameVisit(AssessmentSubmitted a, AssessmentSubmitted b) {
        return a.householdId().equals(b.householdId()) && a.desaCode().equals(b.desaCode())
                && a.visitDate().equals(b.visitDate()) && a.assessor().equals(b.assessor())
                && Objects.equals(a.location(), b.location()) && a.answers().equals(b.answers());
    }

    /** A re-run under another policy version while the assessment waits: a new result beside the old one. */
    public static List<AssessmentEvent> reclassify(State s, UUID assessmentId, Policy policy) {
        Assessment a = beforeVerification(s, assessmentId);
        if (a.classification().policyVersion().equals(policy.version())) {
            throw new RuleBroken("policyVersion", "policy-unchanged", "the latest result used this policy already");
        }
        return List.of(new AssessmentReclassified(a.submitted().householdId(), assessmentId,
                policy.classify(a.submitted().answers(), a.classification().desil())));
    }

    /** A need added to an assessment still waiting for verification; the same need twice is refused. */
    public static List<AssessmentEvent> addNeed(State s, UUID assessmentId, Need need, String by, String reason) {
        Assessment a = beforeVerification(s, assessmentId);
        requireReason(reason);
        requireMemberAsTheKindWants(need.kind(), need.memberId());
        if (a.hasNeed(need.kind(), need.memberId())) throw new RuleBroken("kind", "need-present", "this need is on the assessment already");
        if (need.memberId() != null && a.submitted().answers().members().stream().noneMatch(m -> m.memberId().equals(need.memberId()))) {
            throw new RuleBroken("memberId", "member-unknown", "the assessment did not answer for this member");
        }
        return List.of(new NeedAdded(a.submitted().householdId(), assessmentId, need, by, reason));
    }

    /** A personal need names its member; a household need names none. */
    private static void requireMemberAsTheKindWants(NeedKind kind, UUID memberId) {
        if (kind.personal() && memberId == null) {
            throw new RuleBroken("memberId", "required", kind + " is a personal need: name the member");
        }
        if (!kind.personal() && memberId != null) {
            throw new RuleBroken("memberId", "household-need", kind + " is a household need: name no member");
        }
    }

    /** A need struck from an assessment still waiting for verification. */
    public static List<AssessmentEvent> strikeNeed(State s, UUID assessmentId, NeedKind kind, UUID memberId, String by, String reason) {
        Assessment a = beforeVerification(s, assessmentId);
        requireReason(reason);
        if (!a.hasNeed(kind, memberId)) throw new RuleBroken("kind", "need-absent", "this need is not on the assessment");
        return List.of(new NeedStruck(a.submitted().householdId(), assessmentId, kind, memberId, by, reason));
    }

    private static Assessment beforeVerification(State s, UUID assessmentId) {
        Assessment a = known(s, assessmentId);
        if (a.status() != Assessment.Status.SUBMITTED) {
            throw new RuleBroken("assessmentId", "not-waiting", "this assessment was " + a.status().name().toLowerCase()
                    + "; it changes only while it waits for verification");
        }
        return a;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw new RuleBroken("reason", "required", "say why");
    }

    /**
     * Dinas Sosial verifies, never the person who assessed or synced it, on the forum's decision. When the assessment
     * becomes the household's current one it announces its needs (poor) or the household's graduation (not poor,
     * after verified needs).
     */
    public static List<AssessmentEvent> verify(State s, UUID assessmentId, String verifier, LocalDate forumDate, String decisionNumber) {
        Assessment a = waiting(s, assessmentId, verifier);
        if (forumDate == null || decisionNumber == null || decisionNumber.isBlank()) {
            throw new RuleBroken("forumDecision", "forum-decision-required",
                    "the date and number of the musyawarah desa decision that approved it");
        }
        if (forumDate.isBefore(a.submitted().visitDate())) {
            throw new RuleBroken("forumDecision.date", "forum-before-visit", "the forum cannot approve a visit made after it");
        }
        UUID household = a.submitted().householdId();
        List<AssessmentEvent> out = new ArrayList<>();
        out.add(new AssessmentVerified(household, assessmentId, verifier, forumDate, decisionNumber));
        Assessment current = evolve(s, out.get(0)).current();
        if (!current.submitted().assessmentId().equals(assessmentId)) {
            return out; // an older visit verified late: the newer verified one stays current
        }
        Classification c = a.classification();
        if (c.povertyClass() != PovertyClass.NOT_POOR) {
            out.add(new NeedsIdentified(household, assessmentId, a.submitted().desaCode(), c.povertyClass(), c.policyVersion(), a.needs()));
        } else if (hadVerifiedNeeds(s)) {
            out.add(new HouseholdGraduated(household, assessmentId, a.submitted().desaCode()));
        }
        return out;
    }

    private static boolean hadVerifiedNeeds(State s) {
        Assessment before = s.current();
        return before != null && before.classification().povertyClass() != PovertyClass.NOT_POOR && !before.needs().isEmpty();
    }

    public static List<AssessmentEvent> reject(State s, UUID assessmentId, String verifier, String reason) {
        Assessment a = waiting(s, assessmentId, verifier);
        requireReason(reason);
        return List.of(new AssessmentEvent.AssessmentRejected(a.submitted().householdId(), assessmentId, verifier, reason));
    }

    public static List<AssessmentEvent> returnForRevisit(State s, UUID assessmentId, String verifier, String whatToCheck) {
        Assessment a = waiting(s, assessmentId, verifier);
        if (whatToCheck == null || whatToCheck.isBlank()) {
            throw new RuleBroken("whatToCheck", "required", "say what the revisit must check");
        }
        return List.of(new AssessmentReturned(a.submitted().householdId(), assessmentId, verifier, whatToCheck));
    }

    /** An assessment waiting for verification, and a verifier who neither made nor synced it. */
    private static Assessment waiting(State s, UUID assessmentId, String verifier) {
        Assessment a = beforeVerification(s, assessmentId);
        if (a.submitted().assessor().equals(verifier) || verifier.equals(a.submitted().submittedBy())) {
            throw new RuleBroken("verifier", "verifier-is-assessor",
                    "an assessment is verified by someone other than the person who assessed or submitted it");
        }
        return a;
    }

    private static Assessment known(State s, UUID assessmentId) {
        Assessment a = s.assessments().get(assessmentId);
        if (a == null) throw new RuleBroken("assessmentId", "assessment-unknown", "no such assessment");
        return a;
    }
}
