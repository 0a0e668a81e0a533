package id.desatumis.assessment.application;

import id.desatumis.assessment.application.AssessmentSubmission.AlreadyStored;
import id.desatumis.assessment.application.AssessmentSubmission.Held;
import id.desatumis.assessment.application.AssessmentSubmission.Outcome;
import id.desatumis.assessment.application.AssessmentSubmission.Stored;
import id.desatumis.kit.api.CommandResult;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a form's outcome is answered: 201 stored, 200 stored before (the same form), 202 waiting for the registry. */
public final class Outcomes {

    private Outcomes() {
    }

    public static CommandResult toResult(Outcome o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", o.assessmentId().toString());
        body.put("householdId", o.householdId().toString());
        String location = "/assessments/" + o.assessmentId();
        if (o instanceof Stored s) {
            body.put("outcome", "STORED");
            body.put("povertyClass", s.classification().povertyClass().name());
            body.put("criteriaMet", s.classification().criteriaMet());
            body.put("policyVersion", s.classification().policyVersion());
            body.put("version", s.version());
            // the class is about the household: its idempotency record goes when the household is erased
            return new CommandResult(201, location, s.version(), body, o.householdId());
        }
        if (o instanceof AlreadyStored s) {
            body.put("outcome", "ALREADY_STORED");
            body.put("version", s.version());
            return new CommandResult(200, location, s.version(), body);
        }
        Held h = (Held) o;
        body.put("outcome", "PENDING");
        body.put("detail", "the registry has not announced this household yet; the form is recorded when it does");
        return new CommandResult(202, location, 0, body);
    }
}
