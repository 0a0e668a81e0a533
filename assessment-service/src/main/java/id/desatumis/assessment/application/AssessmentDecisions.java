package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.AssessmentRejected;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * Commands on a stored assessment (verify, reject, return, add or strike a need, re-run under another policy):
 * find its household, check the caller's desa and If-Match (the household stream's version), let the domain
 * decide, append, and bring the read model in line, all in the caller's transaction.
 */
@ApplicationScoped
public class AssessmentDecisions {

    private final AssessmentViews views;
    private final PendingAssessments pending;
    private final AssessmentRepository assessments;

    public AssessmentDecisions(AssessmentViews views, PendingAssessments pending, AssessmentRepository assessments) {
        this.views = views;
        this.pending = pending;
        this.assessments = assessments;
    }

    public Uni<CommandResult> decide(SqlConnection tx, CommandContext ctx, UUID assessmentId, OptionalLong ifMatch,
                                     Function<State, List<AssessmentEvent>> decision) {
        return views.locate(tx, assessmentId).chain(found -> {
            if (found == null || !ctx.caller().maySee(found.desaCode())) return unknownOrPending(tx, ctx, assessmentId);
            ctx.caller().requireActIn(found.desaCode());
            return assessments.lockedLoad(tx, found.householdId()).chain(loaded -> {
                if (loaded.erased()) return unknownOrPending(tx, ctx, assessmentId);
                Versions.checkIfMatch(ifMatch, loaded.version());
                List<AssessmentEvent> events = decided(() -> decision.apply(loaded.state()));
                return assessments.append(tx, loaded, events, ctx.metadata())
                        .call(after -> views.updated(tx, after.state(), assessmentId))
                        .map(after -> result(after, assessmentId, events));
            });
        });
    }

    private Uni<CommandResult> unknownOrPending(SqlConnection tx, CommandContext ctx, UUID assessmentId) {
        return pending.find(tx, assessmentId).map(p -> {
            if (p != null && p.waiting() && ctx.caller().maySee(p.desaCode())) {
                throw AssessmentProblems.rule("assessmentId", "assessment-pending",
                        "this assessment waits for its household to be announced by the registry");
            }
            throw AssessmentProblems.rule("assessmentId", "assessment-unknown", "no such assessment");
        });
    }

    private static CommandResult result(AssessmentRepository.Loaded after, UUID assessmentId, List<AssessmentEvent> events) {
        var a = after.state().assessments().get(assessmentId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", assessmentId.toString());
        body.put("householdId", after.householdId().toString());
        body.put("status", a.status().name());
        body.put("povertyClass", a.classification().povertyClass().name());
        body.put("policyVersion", a.classification().policyVersion());
        body.put("version", after.version());
        // what verification announced, so the caller knows whether partners will hear of it
        body.put("announced", events.stream().filter(e -> e instanceof AssessmentEvent.NeedsIdentified
                || e instanceof AssessmentEvent.HouseholdGraduated).map(e -> e.getClass().getSimpleName()).toList());
        return new CommandResult(200, "/assessments/" + assessmentId, after.version(), body);
    }

    static <T> T decided(java.util.function.Supplier<T> decision) {
        try {
            return decision.get();
        } catch (AssessmentRejected r) {
            throw AssessmentProblems.of(r);
        }
    }

}
