package id.desatumis.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How a desa's counts and queue are answered, for the OpenAPI document ({@code VillageQueries} writes them as maps). */
final class VillageAnswers {

    private VillageAnswers() {
    }

    @Schema(name = "Funnel", description = "A desa's households from the registry's list to verified: each household "
            + "counted once, by its latest visit")
    record Funnel(
            @Schema(description = "The Kemendagri code of the desa or kelurahan", required = true,
                    pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2003") String desaCode,
            @Schema(required = true, minimum = "0", description = "Households the registry lists in the desa (active)",
                    examples = "2257") Long listed,
            @Schema(required = true, minimum = "0", description = "Households with at least one stored assessment",
                    examples = "623") Long assessed,
            @Schema(required = true,
                    description = "Assessed households by the class of their latest assessment") ClassCounts byClass,
            @Schema(description = "Households whose latest assessment waits for verification", required = true, minimum = "0",
                    examples = "40") Long waitingForVerification,
            @Schema(description = "Households whose latest assessment is verified", required = true, minimum = "0",
                    examples = "560") Long verified,
            @Schema(required = true, minimum = "0", description = "Verified and not NOT_POOR",
                    examples = "529") Long verifiedPoor,
            @Schema(description = "Households whose latest assessment was rejected", required = true, minimum = "0",
                    examples = "15") Long rejected,
            @Schema(description = "Households whose latest assessment was returned for a revisit", required = true, minimum = "0",
                    examples = "8") Long returned,
            @Schema(required = true, minimum = "0", description = "Forms held until the registry announces their household",
                    examples = "0") Long waitingForRegistry) {
    }

    @Schema(name = "ClassCounts", description = "Households by poverty class")
    record ClassCounts(
            @Schema(description = "Households classified extreme poor", required = true, minimum = "0",
                    examples = "120") Long EXTREME_POOR,
            @Schema(description = "Households classified poor", required = true, minimum = "0", examples = "409") Long POOR,
            @Schema(description = "Households classified near-poor", required = true, minimum = "0",
                    examples = "60") Long NEAR_POOR,
            @Schema(description = "Households classified not poor", required = true, minimum = "0",
                    examples = "34") Long NOT_POOR) {
    }

    @Schema(name = "VillageNeeds", description = "The needs of a desa by kind, from each household's current verified "
            + "assessment")
    record VillageNeeds(
            @Schema(description = "The Kemendagri code of the desa or kelurahan", required = true,
                    pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2003") String desaCode,
            @Schema(required = true, description = "Only kinds with at least one need, by kind's name") List<NeedCount> kinds) {
    }

    @Schema(name = "NeedCount", description = "One kind of need in a desa")
    record NeedCount(
            @Schema(description = "The kind of need", required = true, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION",
                    "EDUCATION", "HEALTH_COVER",
                    "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, examples = "HEALTH_COVER") String kind,
            @Schema(required = true, minimum = "0", description = "Households with this need", examples = "212") Long households,
            @Schema(required = true, minimum = "0", description = "Needs naming a member", examples = "388") Long members,
            @Schema(required = true, minimum = "0", description = "Needs of this kind", examples = "388") Long needs) {
    }

    @Schema(name = "VerificationQueue", description = "Assessments waiting for verification, oldest visit first")
    record VerificationQueue(
            @Schema(description = "The Kemendagri code of the desa or kelurahan", required = true,
                    pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2003") String desaCode,
            @Schema(required = true, minimum = "0", description = "How many wait in all (0 when the page is past the end)",
                    examples = "40") Long total,
            @Schema(description = "The page size asked for", required = true, minimum = "1", maximum = "500",
                    examples = "50") Integer limit,
            @Schema(description = "How many were skipped", required = true, minimum = "0", maximum = "1000000",
                    examples = "0") Integer offset,
            @Schema(description = "This page's assessments, oldest visit first", required = true) List<QueueItem> items) {
    }

    @Schema(name = "QueueItem", description = "An assessment waiting for verification")
    record QueueItem(
            @Schema(description = "The assessment's id, chosen by the client that submitted the form", required = true,
                    format = "uuid", examples = "0b8f5a52-6a0e-4c53-9d1e-3f1f6f0f7a21") String assessmentId,
            @Schema(description = "The household's id in the registry", required = true, format = "uuid",
                    examples = "5d2b7c1e-8a43-4f0e-b6f1-2c9a1d7e4b30") String householdId,
            @Schema(description = "The day of the visit", required = true, format = "date",
                    examples = "2026-09-01") String visitDate,
            @Schema(description = "The household's class under the policy", required = true, enumeration = {"EXTREME_POOR",
                    "POOR", "NEAR_POOR", "NOT_POOR"}, examples = "POOR")
            String povertyClass,
            @Schema(description = "How many of the 14 BPS criteria the form meets", required = true, minimum = "0",
                    maximum = "14", examples = "9") Integer criteriaMet,
            @Schema(description = "The classification policy's version", required = true,
                    examples = "bps14-2026.1") String policyVersion,
            @Schema(required = true, minimum = "0", description = "How many needs", examples = "5") Integer needs,
            @Schema(description = "When the form was stored", required = true, format = "date-time",
                    examples = "2026-09-02T08:15:00+07:00") String submittedAt) {
    }
}
