package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentRepository;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** Reads one assessment, stored or still waiting for its household; one the caller may not see is not found. */
@ApplicationScoped
class AssessmentReader {

    private final AssessmentViews views;
    private final PendingAssessments pending;
    private final AssessmentRepository assessments;
    private final AccessLog accessLog;
    private final Pool pool;

    AssessmentReader(AssessmentViews views, PendingAssessments pending, AssessmentRepository assessments, AccessLog accessLog,
                     Pool pool) {
        this.views = views;
        this.pending = pending;
        this.assessments = assessments;
        this.accessLog = accessLog;
        this.pool = pool;
    }

    /** The assessment; a read of its answers is logged (who, why) before they are answered. */
    Uni<Response> read(UUID assessmentId, Caller caller, String purpose, String correlationId) {
        return views.locate(pool, assessmentId).chain(found -> {
            if (found == null || !caller.maySee(found.desaCode())) {
                return pending.find(pool, assessmentId).map(p -> {
                    if (p == null || !caller.maySee(p.desaCode())) throw Problems.notFound("assessment");
                    return Response.ok(AssessmentDetails.of(p)).build();
                });
            }
            return assessments.load(pool, found.householdId()).chain(loaded -> {
                var a = loaded.state().assessments().get(assessmentId);
                if (a == null) throw Problems.notFound("assessment"); // erased with its household
                return accessLog.record(pool, caller, found.householdId(), AccessLog.purpose(purpose), "read-assessment",
                                correlationId)
                        .replaceWith(Response.ok(AssessmentDetails.of(a, a == loaded.state().current(), loaded.version()))
                                .header("ETag", Versions.etag(loaded.version())).build());
            });
        });
    }
}
