package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
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
    private final AggregateStore aggregates;
    private final AssessmentAggregate assessments;

    public AssessmentDecisions(AssessmentViews views, PendingAssessments pending, AggregateStore aggregates,
                               AssessmentAggregate assessments) {
        this.views = views;
        this.pending = pending;
        this.aggregates = aggregates;
        this.assessments = assessments;
    }

    /** The command, for the caller's transaction (and its Idempotency-Key). */
    public Function<SqlConnection, Uni<CommandResult>> deciding(CommandContext ctx, UUID assessmentId, OptionalLong ifMatch,
                                                                Function<State, List<AssessmentEvent>> decision) {
        return tx -> decide(tx, ctx, assessmentId, ifMatch, decision);
    }

    public Uni<CommandResult> decide(SqlConnection tx, CommandContext ctx, UUID assessmentId, OptionalLong ifMatch,
                                     Function<State, List<AssessmentEvent>> decision) {
        return views.locate(tx, assessmentId).chain(found -> {
            if (found == null || !ctx.caller().maySee(found.desaCode())) return unknownOrPending(tx, ctx, assessmentId);
            ctx.caller().requireActIn(found.desaCode());
            return aggregates.lockAndLoad(tx, assessments, found.householdId()).chain(loaded -> {
                if (loaded.erased()) return unknownOrPending(tx, ctx, assessmentId);
                Versions.checkIfMatch(ifMatch, loaded.version());
                List<AssessmentEvent> events = decision.apply(loaded.state());
                return aggregates.append(tx, assessments, loaded, events, ctx.metadata())
                        .call(after -> views.updated(tx, after.state(), assessmentId))
                        .map(after -> result(after, found.householdId(), assessmentId, events));
            });
        });
    }

    private Uni<CommandResult> unknownOrPending(SqlConnection tx, CommandContext ctx, UUID assessmentId) {
        return pending.find(tx, assessmentId).map(p -> {
            if (p != null && p.waiting() && ctx.caller().maySee(p.desaCode())) {
                throw new RuleBroken("assessmentId", "assessment-pending",
                        "this assessment waits for its household to be announced by the registry");
            }
            throw new RuleBroken("assessmentId", "assessment-unknown", "no such assessment");
        });
    }

    private static CommandResult result(Loaded<State> after, UUID householdId, UUID assessmentId,
                                        List<AssessmentEvent> events) {
        var a = after.state().assessments().get(assessmentId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", assessmentId.toString());
        body.put("householdId", householdId.toString());
        body.put("status", a.status().name());
        body.put("povertyClass", a.classification().povertyClass().name());
        body.put("policyVersion", a.classification().policyVersion());
        body.put("version", after.version());
        // what verification announced, so the caller knows whether partners will hear of it
        body.put("announced", events.stream().filter(e -> e instanceof AssessmentEvent.NeedsIdentified
                || e instanceof AssessmentEvent.HouseholdGraduated).map(e -> e.getClass().getSimpleName()).toList());
        return new CommandResult(200, "/assessments/" + assessmentId, after.version(), body);
    }
}
