package id.desatumis.assessment.api;

import id.desatumis.assessment.application.AssessmentReading;
import id.desatumis.assessment.domain.Assessment;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.persistence.PendingAssessments.Pending;
import id.desatumis.kit.api.Versions;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An assessment as its readers see it: the form, every result, the needs with their reasons, and the decision. */
final class AssessmentDetails {

    private AssessmentDetails() {
    }

    /** The answer to a read: a stored assessment with its ETag, or a held (or refused) form. */
    static Response response(AssessmentReading.Read read) {
        if (read instanceof AssessmentReading.Stored s) {
            return Response.ok(of(s.assessment(), s.current(), s.version())).header("ETag", Versions.etag(s.version())).build();
        }
        return Response.ok(of(((AssessmentReading.Held) read).form())).build();
    }

    static Map<String, Object> of(Assessment a, boolean current, long streamVersion) {
        var s = a.submitted();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("assessmentId", s.assessmentId().toString());
        d.put("householdId", s.householdId().toString());
        d.put("desaCode", s.desaCode());
        d.put("visitDate", s.visitDate().toString());
        d.put("assessor", s.assessor());
        d.put("submittedBy", s.submittedBy());
        d.put("status", a.status().name());
        d.put("current", current);
        d.put("location", s.location());
        d.put("answers", s.answers());
        d.put("result", a.classification());
        d.put("results", a.results());
        d.put("needs", a.needs());
        d.put("adjustments", a.adjustments().stream().map(AssessmentDetails::adjustment).toList());
        d.put("decision", decision(a.decision()));
        d.put("version", streamVersion);
        return d;
    }

    /** A form still waiting for its household, or refused after waiting: its status and, if refused, why. */
    static Map<String, Object> of(Pending p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("assessmentId", p.assessmentId().toString());
        d.put("householdId", p.householdId().toString());
        d.put("desaCode", p.desaCode());
        d.put("status", p.waiting() ? "PENDING" : "REFUSED");
        d.put("receivedAt", p.receivedAt().toString());
        if (!p.waiting()) {
            d.put("refusal", Map.of("rule", p.refusalRule(), "detail", p.refusal(), "type", "/problems/" + p.refusalRule()));
        }
        return d;
    }

    private static Map<String, Object> adjustment(AssessmentEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof AssessmentEvent.NeedAdded a) {
            m.put("action", "ADDED");
            m.put("kind", a.need().kind());
            m.put("memberId", a.need().memberId());
            m.put("by", a.by());
            m.put("reason", a.reason());
        } else if (e instanceof AssessmentEvent.NeedStruck st) {
            m.put("action", "STRUCK");
            m.put("kind", st.kind());
            m.put("memberId", st.memberId());
            m.put("by", st.by());
            m.put("reason", st.reason());
        }
        return m;
    }

    private static Map<String, Object> decision(AssessmentEvent e) {
        if (e == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof AssessmentEvent.AssessmentVerified v) {
            m.put("outcome", "VERIFIED");
            m.put("by", v.verifier());
            m.put("forumDate", v.forumDate().toString());
            m.put("decisionNumber", v.decisionNumber());
        } else if (e instanceof AssessmentEvent.AssessmentRejected r) {
            m.put("outcome", "REJECTED");
            m.put("by", r.verifier());
            m.put("reason", r.reason());
        } else if (e instanceof AssessmentEvent.AssessmentReturned r) {
            m.put("outcome", "RETURNED");
            m.put("by", r.verifier());
            m.put("whatToCheck", r.whatToCheck());
        }
        return m;
    }

    static List<Map<String, Object>> summaries(List<Assessment> all, Assessment current) {
        return all.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("assessmentId", a.submitted().assessmentId().toString());
            m.put("visitDate", a.submitted().visitDate().toString());
            m.put("status", a.status().name());
            m.put("current", a == current);
            m.put("povertyClass", a.classification().povertyClass().name());
            m.put("policyVersion", a.classification().policyVersion());
            m.put("needs", a.needs().size());
            return m;
        }).toList();
    }
}
