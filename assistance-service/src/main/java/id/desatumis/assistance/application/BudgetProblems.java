package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;
import static id.desatumis.kit.api.ProblemType.stateRule;

/**
 * The rules of budget lines, each its own problem type ({@code /problems/<rule>}). The field rules every part of the
 * service shares (required, rupiah-whole, page and size, ...) are in {@link FieldProblems}.
 */
@ApplicationScoped
public class BudgetProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            fieldRule("fund-unknown", "No such fund", "A budget line is of APBD (the regency's budget), APBDES (a desa's) or APBN."),
            fieldRule("budget-code-format", "Not a budget code",
                    "A code is as the budget prints it: groups of 1 to 10 digits or capital letters joined by dots "
                            + "(1.06.02.2.01.0001), at most 80 characters."),
            fieldRule("fiscal-year-range", "No such fiscal year",
                    "A fiscal year is a whole year from 2020 to next year (a budget is drafted the year before it runs)."),
            fieldRule("budget-owner-mismatch", "Owned by an office or by a desa",
                    "An APBD or APBN line names the office that spends it (ownerOpdCode); an APBDES line names its desa "
                            + "(desaCode) and no office."),
            fieldRule("budget-owner-format", "Not an office code",
                    "An office code is 2 to 30 letters, digits, dots, hyphens or underscores, as in the `opd` claim."),
            fieldRule("budget-ceiling-positive", "A ceiling of nothing", "A budget line's ceiling is more than zero rupiah."),
            fieldRule("budget-amount-positive", "Not more than zero", "Rupiah committed or realised on a budget line are more than zero."),
            fieldRule("budget-line-repeated", "A line named twice",
                    "An import names each line (fund, code, fiscal year and, for APBDES, desa) once."),
            stateRule("budget-line-unknown", "No such budget line",
                    "The budget line named as a source must be opened first: by its fund, code, fiscal year and, for "
                            + "APBDES, its desa."),
            stateRule("budget-line-exists", "The budget line exists already", "A budget line id names one line."),
            stateRule("budget-line-duplicate", "The budget line is opened already",
                    "One line per fund, code and fiscal year (and desa, for APBDES): `budgetLineId` names the existing "
                            + "one. An import answers a line opened already with the very same terms as unchanged."),
            stateRule("budget-ceiling-exceeded", "More than the budget line has left",
                    "A commitment fits in what is left of the line's ceiling after what is committed and realised; "
                            + "`availableRupiah` says how much that is, `budgetLineId` which line."),
            stateRule("budget-year-ended", "The fiscal year has ended",
                    "Nothing new is committed on a line whose fiscal year has ended; what is committed may still be "
                            + "released or realised."),
            stateRule("budget-realisation-exceeds-commitment", "More than the intervention committed",
                    "A delivery realises at most what its intervention still holds on the line (`committedRupiah`)."),
            stateRule("budget-ceiling-below-used", "Below what is committed and realised",
                    "A ceiling is never revised below what is committed and realised on the line "
                            + "(`committedRupiah`, `realisedRupiah`)."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
