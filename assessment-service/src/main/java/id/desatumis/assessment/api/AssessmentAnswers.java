package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.Criterion;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * How assessments are answered, for the OpenAPI document: {@link AssessmentDetails} and {@code AssessmentDecisions}
 * write these bodies as maps (the answers as the domain records them); these records say their shape.
 */
final class AssessmentAnswers {

    private AssessmentAnswers() {
    }

    private static final String CLASSES = "EXTREME_POOR, POOR, NEAR_POOR, NOT_POOR";

    @Schema(name = "StoredAssessment", description = "A stored assessment: the form, every policy result, the needs with "
            + "their reasons, the forum's adjustments and the decision")
    record StoredAssessment(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(description = "The Kemendagri code of the desa or kelurahan", required = true,
                    pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2003") String desaCode,
            @Schema(description = "The day of the visit", required = true, format = "date",
                    examples = "2026-09-01") String visitDate,
            @Schema(required = true, description = "The enumerator named on the form",
                    examples = "enumerator-sri") String assessor,
            @Schema(required = true, description = "The token subject that submitted it", examples = "operator-33.14.07.2003")
            String submittedBy,
            @Schema(required = true, enumeration = {"SUBMITTED", "VERIFIED", "REJECTED", "RETURNED"},
                    description = "SUBMITTED waits for verification", examples = "SUBMITTED") String status,
            @Schema(required = true, description = "Whether it is the household's current assessment (the verified one with "
                    + "the latest visit date)", examples = "false") Boolean current,
            @Schema(nullable = true, description = "Where the form was filled in, or null") Position location,
            @Schema(required = true, description = "The answers as recorded") RecordedAnswers answers,
            @Schema(required = true, description = "The latest policy result: the class and needs come from it") Result result,
            @Schema(required = true, description = "Every result, oldest first (a re-run adds one)") List<Result> results,
            @Schema(required = true, description = "The latest result's needs with the adjustments applied") List<NeedView> needs,
            @Schema(required = true, description = "Needs added or struck by Dinas Sosial or the forum, in order")
            List<Adjustment> adjustments,
            @Schema(nullable = true, description = "Verified, rejected or returned; null while it waits") Decision decision,
            @Schema(required = true, minimum = "1", description = "The household's assessment stream version (the ETag)",
                    examples = "2") Long version) {
    }

    @Schema(name = "HeldAssessment", description = "A form held until the registry announces its household (PENDING), "
            + "or refused after waiting (REFUSED)")
    record HeldAssessment(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(description = "The Kemendagri code of the desa or kelurahan", required = true,
                    pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2003") String desaCode,
            @Schema(description = "PENDING: held until the registry announces the household; REFUSED: not announced in time",
                    required = true, enumeration = {"PENDING", "REFUSED"}, examples = "PENDING") String status,
            @Schema(required = true, format = "date-time", description = "When the form arrived",
                    examples = "2026-09-01T09:30:00Z") String receivedAt,
            @Schema(description = "REFUSED only: the rule that refused it") HeldRefusal refusal) {
    }

    @Schema(name = "HeldRefusal", description = "Why a held form was refused")
    record HeldRefusal(
            @Schema(description = "The rule that refused the form", required = true, examples = "household-unknown") String rule,
            @Schema(description = "The refusal in words", required = true,
                    examples = "the registry did not announce this household in time") String detail,
            @Schema(description = "The problem page of the rule", required = true, format = "uri-reference",
                    examples = "/problems/household-unknown") String type) {
    }

    @Schema(name = "Position", description = "WGS 84")
    record Position(@Schema(description = "Degrees north (negative: south)", required = true, format = "double",
            examples = "-7.4301") Double latitude,
                    @Schema(description = "Degrees east", required = true, format = "double",
                            examples = "111.0215") Double longitude) {
    }

    @Schema(name = "RecordedAnswers", description = "The form's answers as recorded (codes as in AssessmentForm)")
    record RecordedAnswers(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Criterion.class, uniqueItems = true,
                    description = "In the criteria's order") List<String> criteriaMet,
            @Schema(description = "The house as recorded", required = true) AssessmentForm.House house,
            @Schema(description = "Each member's answers as recorded", required = true) List<AssessmentForm.Member> members,
            @Schema(nullable = true, minimum = "1", maximum = "10", description = "The form's DTSEN desil, or null",
                    examples = "2") Integer desil) {
    }

    @Schema(name = "Result", description = "A classification under a named policy version: never rewritten")
    record Result(
            @Schema(description = "The classification policy's version", required = true,
                    examples = "bps14-2026.1") String policyVersion,
            @Schema(description = "How many of the 14 BPS criteria the form meets", required = true, minimum = "0",
                    maximum = "14", examples = "9") Integer criteriaMet,
            @Schema(required = true, enumeration = {"EXTREME_POOR", "POOR", "NEAR_POOR", "NOT_POOR"}, description = CLASSES,
                    examples = "POOR") String povertyClass,
            @Schema(nullable = true, minimum = "1", maximum = "10",
                    description = "The form's desil, else the registry's, else null",
                    examples = "2") Integer desil,
            @Schema(required = true, description = "The needs this policy derived") List<NeedView> needs) {
    }

    @Schema(name = "Need", description = "A need: its kind, the member for a personal need, and the answers that produced it")
    record NeedView(
            @Schema(description = "The kind of need", required = true, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION",
                    "EDUCATION", "HEALTH_COVER",
                    "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, examples = "HEALTH_COVER") String kind,
            @Schema(nullable = true, format = "uuid", description = "Null for a household need",
                    examples = "9e4c1a7b-2f3d-4b8e-a1c6-7d5e3f2a1b09")
            String memberId,
            @Schema(description = "Why, citing the answers", required = true, examples = "no health cover") String reason) {
    }

    @Schema(name = "Adjustment", description = "A need added or struck, by whom and why")
    record Adjustment(
            @Schema(description = "Whether the need was added or struck", required = true, enumeration = {"ADDED", "STRUCK"},
                    examples = "ADDED") String action,
            @Schema(description = "The kind of need", required = true, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION",
                    "EDUCATION", "HEALTH_COVER",
                    "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, examples = "HEALTH_COVER") String kind,
            @Schema(nullable = true, format = "uuid", description = "Null for a household need") String memberId,
            @Schema(required = true, description = "The token subject", examples = "staf-dinsos") String by,
            @Schema(description = "Why, as the person who changed it said", required = true,
                    examples = "The forum found the KIS card expired in 2025") String reason) {
    }

    @Schema(name = "Decision", description = "The decision on an assessment: VERIFIED (forumDate, decisionNumber), "
            + "REJECTED (reason) or RETURNED (whatToCheck)")
    record Decision(
            @Schema(description = "The decision", required = true, enumeration = {"VERIFIED", "REJECTED", "RETURNED"},
                    examples = "VERIFIED") String outcome,
            @Schema(required = true, description = "The verifier's token subject", examples = "staf-dinsos") String by,
            @Schema(format = "date", description = "VERIFIED only", examples = "2026-09-15") String forumDate,
            @Schema(description = "VERIFIED only", examples = "141/07/IX/2026") String decisionNumber,
            @Schema(description = "REJECTED only") String reason,
            @Schema(description = "RETURNED only") String whatToCheck) {
    }

    @Schema(name = "DecisionOutcome", description = "The assessment after a command, and what it announced")
    record DecisionOutcome(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(description = "Where the assessment stands: SUBMITTED waits for verification", required = true,
                    enumeration = {"SUBMITTED", "VERIFIED", "REJECTED", "RETURNED"}, examples = "VERIFIED")
            String status,
            @Schema(description = "The household's class under the policy", required = true, enumeration = {"EXTREME_POOR",
                    "POOR", "NEAR_POOR", "NOT_POOR"}, examples = "POOR")
            String povertyClass,
            @Schema(description = "The classification policy's version", required = true,
                    examples = "bps14-2026.1") String policyVersion,
            @Schema(required = true, minimum = "1", description = "The stream version (the ETag)", examples = "3") Long version,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Announcement.class,
                    description = "What a verification announced to other services: NeedsIdentified "
                    + "(a poor household's needs) or HouseholdGraduated; empty otherwise", examples = "[\"NeedsIdentified\"]")
            List<String> announced) {
    }

    /** What a verification can announce (the names of the events, as the body lists them). */
    @Schema(name = "Announcement", description = "An announcement a verification made to other services")
    enum Announcement { NeedsIdentified, HouseholdGraduated }

    @Schema(name = "HouseholdAssessments", description = "All of a household's assessments, latest visit first")
    record HouseholdAssessments(
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(nullable = true, format = "uuid", description = "The current (verified, latest visit) assessment, or null",
                    examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String currentAssessmentId,
            @Schema(description = "Latest visit first", required = true) List<Summary> assessments,
            @Schema(required = true, minimum = "1", description = "The stream version (the ETag)", examples = "4") Long version) {
    }

    @Schema(name = "AssessmentSummary", description = "One assessment in a household's list")
    record Summary(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The day of the visit", required = true, format = "date",
                    examples = "2026-09-01") String visitDate,
            @Schema(description = "Where the assessment stands: SUBMITTED waits for verification", required = true,
                    enumeration = {"SUBMITTED", "VERIFIED", "REJECTED", "RETURNED"}, examples = "VERIFIED")
            String status,
            @Schema(description = "Whether it is the household's current assessment (the verified one with the latest visit date)", required = true, examples = "true") Boolean current,
            @Schema(description = "The household's class under the policy", required = true, enumeration = {"EXTREME_POOR",
                    "POOR", "NEAR_POOR", "NOT_POOR"}, examples = "POOR")
            String povertyClass,
            @Schema(description = "The classification policy's version", required = true,
                    examples = "bps14-2026.1") String policyVersion,
            @Schema(required = true, minimum = "0", description = "How many needs", examples = "5") Integer needs) {
    }
}
