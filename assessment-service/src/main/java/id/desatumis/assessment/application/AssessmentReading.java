package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.Assessment;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments.Pending;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Reads assessments: one, stored or still waiting for its household (a read of its answers is logged, who and why,
 * before they are answered), or all of a household's. One the caller may not see is not found.
 */
@ApplicationScoped
public class AssessmentReading {

    /** One assessment as read: still held for its household, or stored (with whether it is the current one). */
    public sealed interface Read {
    }

    public record Held(Pending form) implements Read {
    }

    public record Stored(Assessment assessment, boolean current, long version) implements Read {
    }

    private final AssessmentViews views;
    private final PendingAssessments pending;
    private final AggregateStore aggregates;
    private final AssessmentAggregate assessments;
    private final AccessLog accessLog;
    private final Pool pool;

    public AssessmentReading(AssessmentViews views, PendingAssessments pending, AggregateStore aggregates,
                             AssessmentAggregate assessments, AccessLog accessLog, Pool pool) {
        this.views = views;
        this.pending = pending;
        this.aggregates = aggregates;
        this.assessments = assessments;
        this.accessLog = accessLog;
        this.pool = pool;
    }

    public Uni<Read> read(UUID assessmentId, Caller caller, String purpose, String correlationId) {
        return views.locate(pool, assessmentId).chain(found -> {
            if (found == null || !caller.maySee(found.desaCode())) {
                return pending.find(pool, assessmentId).map(p -> {
                    if (p == null || !caller.maySee(p.desaCode())) throw Problems.notFound("assessment");
                    return new Held(p);
                });
            }
            return aggregates.load(pool, assessments, found.householdId()).chain(loaded -> {
                var a = loaded.state().assessments().get(assessmentId);
                if (a == null) throw Problems.notFound("assessment"); // erased with its household
                return accessLog.record(pool, caller, found.householdId(), AccessLog.purpose(purpose), "read-assessment",
                                correlationId)
                        .replaceWith(new Stored(a, a == loaded.state().current(), loaded.version()));
            });
        });
    }

    /** All of a household's assessments, at the version of its stream. */
    public Uni<Loaded<State>> ofHousehold(UUID householdId) {
        return aggregates.load(pool, assessments, householdId);
    }
}
