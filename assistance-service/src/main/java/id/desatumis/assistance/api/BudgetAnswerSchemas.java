package id.desatumis.assistance.api;

import id.desatumis.assistance.domain.BudgetFund;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How budget lines are answered (BudgetLineAnswers, BudgetQueries, BudgetLineImport), for the OpenAPI document only.
 */
final class BudgetAnswerSchemas {

    private BudgetAnswerSchemas() {
    }

    @Schema(name = "BudgetLine", description = "A budget line, its balance and how much of it is realised; committed + "
            + "realised never pass the ceiling")
    record Line(
            @Schema(description = "The budget line", required = true, example = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0")
            UUID lineId,
            @Schema(description = "The fund", required = true) BudgetFund fund,
            @Schema(description = "The line's code in the budget", required = true,
                    example = ApiSchema.BUDGET_CODE_EXAMPLE) String code,
            @Schema(description = "The fiscal year", required = true, example = "2026") int fiscalYear,
            @Schema(description = "APBD and APBN: the office that spends it", nullable = true,
                    example = ApiSchema.OPD_CODE_EXAMPLE) String ownerOpdCode,
            @Schema(description = "APBDES: its desa", nullable = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The name", required = true, example = "Rehabilitasi rumah tidak layak huni")
            String name,
            @Schema(description = "The ceiling in whole rupiah", required = true, format = "int64",
                    example = "1667000000") long ceilingRupiah,
            @Schema(description = "Held by planned interventions", required = true, format = "int64",
                    example = "450000000") long committedRupiah,
            @Schema(description = "Delivered", required = true, format = "int64", example = "300000000")
            long realisedRupiah,
            @Schema(description = "ceiling - committed - realised", required = true, format = "int64",
                    example = "917000000") long availableRupiah,
            @Schema(description = "realised / ceiling in percent, two decimals", required = true,
                    type = SchemaType.NUMBER, example = "18.00") BigDecimal realisationPercent,
            @Schema(description = "The line's version (the ETag of commands)", required = true, format = "int64",
                    example = "4") long version,
            @Schema(description = "Queries only", example = ApiSchema.DATE_TIME_EXAMPLE) OffsetDateTime openedAt,
            @Schema(description = "Queries only", example = ApiSchema.DATE_TIME_EXAMPLE) OffsetDateTime updatedAt) {
    }

    @Schema(name = "BudgetLinePage", description = "A page of budget lines the caller may read")
    record LinePage(
            @Schema(description = "This page's items", required = true) List<Line> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "37") long total) {
    }

    @Schema(name = "BudgetLineImportResult", description = "One line of an import")
    record ImportResult(
            @Schema(description = "The line's index in items", required = true, example = "0") int index,
            @Schema(description = "201 opened, 200 unchanged", required = true, enumeration = {"200", "201"},
                    example = "201") int status,
            @Schema(description = "OPENED or UNCHANGED", required = true, enumeration = {"OPENED", "UNCHANGED"},
                    example = "OPENED") String outcome,
            @Schema(description = "The budget line", required = true, example = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0")
            UUID lineId,
            @Schema(description = "Where it is", required = true,
                    example = "/budget-lines/6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0") String location,
            @Schema(description = "The version (the ETag of commands on it)", required = true, format = "int64",
                    example = "1") long version) {
    }

    @Schema(name = "BudgetLineImportAnswer", description = "Every line of the import answered by its index")
    record ImportAnswer(
            @Schema(description = "Items received", required = true, example = "3") int received,
            @Schema(description = "Lines opened", required = true, example = "2") int opened,
            @Schema(description = "Lines opened already with the same terms", required = true, example = "1")
            int unchanged,
            @Schema(description = "Each item answered by its index", required = true) List<ImportResult> results) {
    }

    @Schema(name = "BudgetCommitment", description = "What one intervention holds on the line")
    record Commitment(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "Held by planned interventions", required = true, format = "int64",
                    example = "15000000") long committedRupiah,
            @Schema(description = "Delivered", required = true, format = "int64", example = "5000000")
            long realisedRupiah,
            @Schema(description = "Released (a cancellation or a write-off)", required = true, format = "int64",
                    example = "0") long releasedRupiah,
            @Schema(description = "Deliveries realised on it", required = true, example = "1") int deliveries,
            @Schema(description = "When it first committed", required = true, example = ApiSchema.DATE_TIME_EXAMPLE)
            OffsetDateTime firstCommittedAt,
            @Schema(description = "When it last changed", required = true, example = ApiSchema.DATE_TIME_EXAMPLE)
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "BudgetCommitmentPage", description = "A page of what interventions hold on the line, the first "
            + "committed first")
    record CommitmentPage(
            @Schema(description = "This page's items", required = true) List<Commitment> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "12") long total) {
    }
}
