package id.desatumis.assistance.api;

import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLineTerms;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.region.RegionCatalog;

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
    record Line(String fund, String code, BigDecimal fiscalYear, String ownerOpdCode, String desaCode, String name,
                BigDecimal ceilingRupiah) {
    }

    /** Up to 500 lines, opened all or none. */
    record Import(List<Line> items) {
    }

    /** A new ceiling, and why (the APBD-P, a reallocation). */
    record Revision(BigDecimal ceilingRupiah, String reason) {
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
