package id.desatumis.assistance.api;

import id.desatumis.assistance.application.BudgetLineImport;
import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLineTerms;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.region.RegionCatalog;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the budget line commands, and how they are read: names into funds, numbers into whole rupiah and
 * years (never a fraction, never a double), desa codes against the region catalog; then the domain's rules of the
 * terms ({@link BudgetLineTerms#broken}) for every field that could be read.
 */
final class BudgetLineBodies {

    static final int REASON_MAX = 1000;

    private BudgetLineBodies() {
    }

    /**
     * A line: {@code ownerOpdCode} for APBD and APBN, {@code desaCode} for APBDES.
     *
     * @param ceilingRupiah whole rupiah, a JSON integer
     */
    @Schema(name = "BudgetLineRequest", description = "A budget line: an APBD or APBN line names the office that "
            + "spends it (ownerOpdCode) and no desa; an APBDES line names its desa (desaCode) and no office")
    record Line(
            @Schema(description = "The fund", required = true, enumeration = {"APBD", "APBDES", "APBN"},
                    example = "APBD") String fund,
            @Schema(description = "The line's code as the budget prints it", required = true,
                    pattern = ApiSchema.BUDGET_CODE_PATTERN, maxLength = BudgetLineTerms.CODE_MAX,
                    example = ApiSchema.BUDGET_CODE_EXAMPLE) String code,
            @Schema(description = "From 2020 to next year", required = true, type = SchemaType.INTEGER,
                    minimum = "2020", maximum = "9999", example = "2026") BigDecimal fiscalYear,
            @Schema(description = "APBD and APBN: the office that spends it, as the opd claim of its tokens",
                    pattern = ApiSchema.OPD_CODE_PATTERN, maxLength = 30, example = ApiSchema.OPD_CODE_EXAMPLE)
            String ownerOpdCode,
            @Schema(description = "APBDES: the desa whose budget it is (Kemendagri code of one of Sragen's desa)",
                    pattern = ApiSchema.DESA_PATTERN, example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "What it pays for", required = true, maxLength = BudgetLineTerms.NAME_MAX,
                    example = "Rehabilitasi rumah tidak layak huni") String name,
            @Schema(description = "The ceiling in whole rupiah, more than zero", required = true,
                    type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = ApiSchema.MAX_RUPIAH,
                    example = "1667000000") BigDecimal ceilingRupiah) {
    }

    /** Up to 500 lines, opened all or none. */
    @Schema(name = "BudgetLineImportRequest", description = "Lines opened all or none; a line opened already with the "
            + "very same terms is answered as unchanged")
    record Import(
            @Schema(description = "The lines, each named once", required = true, minItems = 1,
                    maxItems = BudgetLineImport.MAX_ITEMS) List<Line> items) {
    }

    /** A new ceiling, and why (the APBD-P, a reallocation). */
    @Schema(name = "CeilingRevisionRequest", description = "A new ceiling, never below what is committed and realised")
    record Revision(
            @Schema(description = "The new ceiling in whole rupiah, more than zero", required = true,
                    type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = ApiSchema.MAX_RUPIAH,
                    example = "1800000000") BigDecimal ceilingRupiah,
            @Schema(description = "Why the ceiling changes", required = true, maxLength = REASON_MAX,
                    example = "APBD Perubahan 2026") String reason) {
    }

    /** The terms of one line; {@code at} prefixes its fields ({@code items[3].}). */
    static BudgetLineTerms terms(Line b, String at, RegionCatalog regions, int currentYear, List<FieldError> errors) {
        List<FieldError> own = new ArrayList<>();
        BudgetLineTerms terms = new BudgetLineTerms(
                FieldReaders.oneOf(at + "fund", b.fund(), BudgetFund.class, "fund-unknown", own),
                FieldReaders.text(at + "code", b.code(), BudgetLineTerms.CODE_MAX, own),
                FieldReaders.year(at + "fiscalYear", b.fiscalYear(), own),
                FieldReaders.text(at + "ownerOpdCode", b.ownerOpdCode(), 30, own),
                FieldReaders.desa(at + "desaCode", b.desaCode(), regions, own),
                FieldReaders.text(at + "name", b.name(), BudgetLineTerms.NAME_MAX, own),
                FieldReaders.rupiah(at + "ceilingRupiah", b.ceilingRupiah(), own));
        for (RuleBroken r : terms.broken(currentYear)) {
            String field = at + r.field();
            // a field that could not be read is null: the domain would only call it missing
            if (own.stream().noneMatch(e -> e.field().equals(field))) own.add(new FieldError(field, r.rule(), r.getMessage()));
        }
        errors.addAll(own);
        return terms;
    }

    /** Every line of an import, each read on its own and named by its index. */
    static List<BudgetLineTerms> items(Import b, int max, RegionCatalog regions, int currentYear, List<FieldError> errors) {
        if (b.items() == null || b.items().isEmpty()) {
            errors.add(new FieldError("items", "required", "items lists the lines to import"));
            return List.of();
        }
        if (b.items().size() > max) {
            errors.add(new FieldError("items", "max-size", "an import holds at most " + max + " lines"));
            return List.of();
        }
        List<BudgetLineTerms> out = new ArrayList<>();
        for (int i = 0; i < b.items().size(); i++) {
            Line line = b.items().get(i);
            if (line == null) {
                errors.add(new FieldError("items[" + i + "]", "required", "a line is a JSON object"));
                continue;
            }
            out.add(terms(line, "items[" + i + "].", regions, currentYear, errors));
        }
        return out;
    }
}
