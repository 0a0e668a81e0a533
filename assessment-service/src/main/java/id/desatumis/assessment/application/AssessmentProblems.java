package id.desatumis.assessment.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule of assessment-service that the state of things decides has its own problem type, {@code /problems/<rule>},
 * served like the shared ones; the kit answers a rule broken with its type (RuleProblems). Form rules are answered as
 * {@code validation-failed}, each rule named in errors.
 */
@ApplicationScoped
public class AssessmentProblems implements ProblemTypeCatalog {

    static final Map<String, ProblemType> TYPES = new LinkedHashMap<>();

    private static void type(String rule, int status, String title, String description) {
        TYPES.put(rule, new ProblemType(rule, status, title, description));
    }

    static {
        type("household-merged", 409, "Merged into another household",
                "The registry merged this household into the one in `mergedInto`: assess that household.");
        type("household-erased", 409, "Erased from the registry", "This household was erased: it cannot be assessed.");
        type("household-unknown", 409, "Not in the registry",
                "The registry did not announce this household within the waiting time after the form arrived.");
        type("desa-mismatch", 409, "Another desa", "The registry has this household in another desa than the form says.");
        type("member-unknown", 409, "Not a current member",
                "Members are answered for by the registry's member id, and only while they are members of the household.");
        type("assessment-exists", 409, "Another assessment has this id",
                "An assessment id names one visit: the same form again is stored once, a different one needs its own id.");
        type("assessment-unknown", 404, "No such assessment", "No assessment has this id, or none you may see.");
        type("assessment-pending", 409, "Waiting for the registry",
                "The household is not yet known from the registry; the assessment is processed when it is.");
        type("not-waiting", 409, "Decided already",
                "Needs, results and verification change only while the assessment waits for verification.");
        type("verifier-is-assessor", 403, "Verified by someone else",
                "An assessment is verified, rejected or returned by Dinas Sosial staff who neither assessed nor submitted it.");
        type("forum-decision-required", 400, "The forum's decision is required",
                "Verification cites the musyawarah desa decision that approved it: its date and number.");
        type("forum-before-visit", 400, "The forum met before the visit", "The forum approves visits made before it met.");
        type("need-present", 409, "The need is there already", "This need (kind and member) is on the assessment already.");
        type("need-absent", 409, "No such need", "This need (kind and member) is not on the assessment.");
        type("policy-unchanged", 409, "Classified under this policy already",
                "A re-run is recorded only under another policy version than the latest result's.");
        type("household-need", 400, "A household need names no member",
                "HOUSE_REPAIR, ELECTRICITY, SANITATION and FOOD_ASSISTANCE are the household's; the other kinds name the member.");
        type("policy-unknown", 400, "No such policy", "GET /policies lists the published versions.");
        type("required", 400, "A required field is missing", "The field named in errors is required.");
    }

    @Override
    public List<ProblemType> types() {
        return List.copyOf(TYPES.values());
    }
}
