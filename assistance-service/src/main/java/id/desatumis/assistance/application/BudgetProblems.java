package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of budget lines, each its own problem type ({@code /problems/<rule>}). The field rules every part of the
 * service shares (required, rupiah-whole, page and size, ...) are in {@link FieldProblems}.
 */
@ApplicationScoped
public class BudgetProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            field("fund-unknown", "No such fund", "A budget line is of APBD (the regency's budget), APBDES (a desa's) or APBN."),
            field("budget-code-format", "Not a budget code",
                    "A code is as the budget prints it: groups of 1 to 10 digits or capital letters joined by dots "
                            + "(1.06.02.2.01.0001), at most 80 characters."),
            field("fiscal-year-range", "No such fiscal year",
                    "A fiscal year is a whole year from 2020 to next year (a budget is drafted the year before it runs)."),
            field("budget-owner-mismatch", "Owned by an office or by a desa",
                    "An APBD or APBN line names the office that spends it (ownerOpdCode); an APBDES line names its desa "
                            + "(desaCode) and no office."),
            field("budget-owner-format", "Not an office code",
                    "An office code is 2 to 30 letters, digits, dots, hyphens or underscores, as in the `opd` claim."),
            field("budget-ceiling-positive", "A ceiling of nothing", "A budget line's ceiling is more than zero rupiah."),
            field("budget-amount-positive", "Not more than zero", "Rupiah committed or realised on a budget line are more than zero."),
            field("budget-line-repeated", "A line named twice",
                    "An import names each line (fund, code, fiscal year and, for APBDES, desa) once."),
            state("budget-line-unknown", "No such budget line",
                    "The budget line named as a source must be opened first: by its fund, code, fiscal year and, for "
                            + "APBDES, its desa."),
            state("budget-line-exists", "The budget line exists already", "A budget line id names one line."),
            state("budget-line-duplicate", "The budget line is opened already",
                    "One line per fund, code and fiscal year (and desa, for APBDES): `budgetLineId` names the existing "
                            + "one. An import answers a line opened already with the very same terms as unchanged."),
            state("budget-ceiling-exceeded", "More than the budget line has left",
                    "A commitment fits in what is left of the line's ceiling after what is committed and realised; "
                            + "`availableRupiah` says how much that is, `budgetLineId` which line."),
            state("budget-year-ended", "The fiscal year has ended",
                    "Nothing new is committed on a line whose fiscal year has ended; what is committed may still be "
                            + "released or realised."),
            state("budget-realisation-exceeds-commitment", "More than the intervention committed",
                    "A delivery realises at most what its intervention still holds on the line (`committedRupiah`)."),
            state("budget-ceiling-below-used", "Below what is committed and realised",
                    "A ceiling is never revised below what is committed and realised on the line "
                            + "(`committedRupiah`, `realisedRupiah`)."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }

    private static ProblemType field(String rule, String title, String description) {
        return new ProblemType(rule, 400, title, description);
    }

    private static ProblemType state(String rule, String title, String description) {
        return new ProblemType(rule, 409, title, description);
    }
}
