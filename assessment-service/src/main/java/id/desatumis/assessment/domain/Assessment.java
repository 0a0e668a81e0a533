package id.desatumis.assessment.domain;

import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent.NeedAdded;
import id.desatumis.assessment.domain.AssessmentEvent.NeedStruck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One assessment as folded from its events: the latest policy result, the needs added or struck by Dinas
 * Sosial or the forum (kept apart so that a re-run under a new policy keeps them), and where it stands.
 */
public record Assessment(AssessmentSubmitted submitted, List<Classification> results, List<AssessmentEvent> adjustments,
                         Status status, AssessmentEvent decision, long arrival) {

    public enum Status { SUBMITTED, VERIFIED, REJECTED, RETURNED }

    /** The latest result: the one the needs and the class come from. */
    public Classification classification() {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    /** The policy's needs with the adjustments applied in order. */
    public List<Need> needs() {
        List<Need> needs = new ArrayList<>(classification().needs());
        for (AssessmentEvent e : adjustments) {
            if (e instanceof NeedAdded a) needs.add(a.need());
            if (e instanceof NeedStruck s) needs.removeIf(n -> n.kind() == s.kind() && Objects.equals(n.memberId(), s.memberId()));
        }
        return List.copyOf(needs);
    }

    boolean hasNeed(NeedKind kind, UUID memberId) {
        return needs().stream().anyMatch(n -> n.kind() == kind && Objects.equals(n.memberId(), memberId));
    }

    Assessment decided(Status s, AssessmentEvent by) {
        return new Assessment(submitted, results, adjustments, s, by, arrival);
    }

    Assessment with(Classification c) {
        List<Classification> all = new ArrayList<>(results);
        all.add(c);
        return new Assessment(submitted, List.copyOf(all), adjustments, status, decision, arrival);
    }

    Assessment adjusted(AssessmentEvent adjustment) {
        List<AssessmentEvent> all = new ArrayList<>(adjustments);
        all.add(adjustment);
        return new Assessment(submitted, results, List.copyOf(all), status, decision, arrival);
    }
}
