package id.desatumis.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * How a form and a batch are answered, for the OpenAPI document: the service writes these bodies as maps
 * ({@code Outcomes}, {@link BatchSubmission}), kept for Idempotency-Key replays; these records say their shape.
 */
final class SubmissionAnswers {

    private SubmissionAnswers() {
    }

    @Schema(name = "FormOutcome", description = "What became of a form: STORED (201, classified), ALREADY_STORED "
            + "(200, the same form before) or PENDING (202, held until the registry announces the household)")
    record FormOutcome(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(description = "What became of the form", required = true, enumeration = {"STORED", "ALREADY_STORED",
                    "PENDING"}, examples = "STORED") String outcome,
            @Schema(enumeration = {"EXTREME_POOR", "POOR", "NEAR_POOR", "NOT_POOR"},
                    description = "STORED only: the class under the current policy", examples = "POOR") String povertyClass,
            @Schema(minimum = "0", maximum = "14", description = "STORED only: how many BPS criteria the form meets",
                    examples = "9") Integer criteriaMet,
            @Schema(description = "STORED only: the policy it was classified under",
                    examples = "bps14-2026.1") String policyVersion,
            @Schema(minimum = "1", description = "STORED and ALREADY_STORED: the household's assessment stream version "
                    + "(the ETag)", examples = "2") Long version,
            @Schema(description = "PENDING only: why it waits",
                    examples = "the registry has not announced this household yet; the form is recorded when it does") String detail) {
    }

    @Schema(name = "BatchOutcome", description = "Every form of a batch answered on its own, in the order sent")
    record BatchOutcome(
            @Schema(required = true, minimum = "0", maximum = "500", description = "How many forms the batch held",
                    examples = "2")
            Integer received,
            @Schema(required = true, description = "How many forms had each outcome") OutcomeCounts counts,
            @Schema(required = true,
                    description = "One answer per form, results[i] for items[i]") List<BatchItemOutcome> results) {
    }

    @Schema(name = "OutcomeCounts", description = "Forms by outcome")
    record OutcomeCounts(
            @Schema(description = "Forms stored and classified now", required = true, minimum = "0", examples = "1") Long STORED,
            @Schema(description = "Forms stored before (the same form again)", required = true, minimum = "0",
                    examples = "0") Long ALREADY_STORED,
            @Schema(description = "Forms held until the registry announces their household", required = true, minimum = "0",
                    examples = "0") Long PENDING,
            @Schema(description = "Forms refused, each with its problem", required = true, minimum = "0",
                    examples = "1") Long REFUSED) {
    }

    @Schema(name = "BatchItemOutcome", description = "One form's answer: the status a single submission would have had, "
            + "with its body (FormOutcome's fields), or REFUSED with the problem")
    record BatchItemOutcome(
            @Schema(required = true, minimum = "0", maximum = "499", description = "The form's place in items", examples = "0")
            Integer index,
            @Schema(required = true, minimum = "200", maximum = "599", description = "The HTTP status a single submission "
                    + "would have had (201, 200, 202, or the problem's)", examples = "201") Integer status,
            @Schema(description = "Not for REFUSED: where the assessment is read", format = "uri-reference",
                    examples = "/assessments/0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String location,
            @Schema(format = "uuid", description = "Absent for a refused item that named none",
                    examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(format = "uuid", description = "Not for REFUSED", examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30")
            String householdId,
            @Schema(description = "What became of the form", required = true, enumeration = {"STORED", "ALREADY_STORED",
                    "PENDING", "REFUSED"}, examples = "STORED")
            String outcome,
            @Schema(enumeration = {"EXTREME_POOR", "POOR", "NEAR_POOR", "NOT_POOR"}, description = "STORED only",
                    examples = "POOR") String povertyClass,
            @Schema(minimum = "0", maximum = "14", description = "STORED only", examples = "9") Integer criteriaMet,
            @Schema(description = "STORED only", examples = "bps14-2026.1") String policyVersion,
            @Schema(minimum = "1", description = "STORED and ALREADY_STORED: the stream version", examples = "2") Long version,
            @Schema(description = "PENDING only: why it waits") String detail,
            @Schema(ref = "Problem", description = "REFUSED only: why, as problem details") Object problem) {
    }
}
