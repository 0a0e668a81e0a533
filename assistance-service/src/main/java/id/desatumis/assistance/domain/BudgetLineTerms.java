package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a budget line is opened with: its fund, its code and fiscal year in that budget, who owns it (an office for
 * APBD and APBN, a desa for APBDES), what it pays for, and its ceiling in whole rupiah. Whether a desa code is one of
 * Sragen's is the region catalog's business, checked where the request comes in; these are the rules of the terms.
 *
 * @param fiscalYear null when not given
 * @param ceilingRupiah null when not given
 */
public record BudgetLineTerms(BudgetFund fund, String code, Integer fiscalYear, String ownerOpdCode, String desaCode,
                              String name, Long ceilingRupiah) {

    /** The first fiscal year a line may be of: the programme began in 2022, with the budgets of the years before. */
    public static final int FIRST_FISCAL_YEAR = 2020;
    public static final int CODE_MAX = 80;
    public static final int NAME_MAX = 200;
    /** As the budget documents print codes: groups of digits (or capitals) joined by dots, 1.06.02.2.01.0001. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,10}(\\.[0-9A-Z]{1,10}){0,15}");
    /** An office code as the {@code opd} claim of its staff's tokens carries it (partner-service's shape). */
    private static final Pattern OPD_CODE = Pattern.compile("[A-Za-z0-9._-]{2,30}");

    /**
     * Every rule the terms break, each naming its field; empty when a line may be opened in {@code currentYear}
     * (a budget is drafted the year before it runs, so next year's lines may be opened too).
     */
    public List<RuleBroken> broken(int currentYear) {
        List<RuleBroken> out = new ArrayList<>();
        if (fund == null) out.add(required("fund", "a line is of one fund: APBD, APBDES or APBN"));
        if (code == null) {
            out.add(required("code", "a line has its code in the budget"));
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            out.add(new RuleBroken("code", "budget-code-format",
                    "a code is groups of 1 to 10 digits or capital letters joined by dots, at most " + CODE_MAX + " characters"));
        }
        if (fiscalYear == null) {
            out.add(required("fiscalYear", "a line is of one fiscal year"));
        } else if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > currentYear + 1) {
            out.add(new RuleBroken("fiscalYear", "fiscal-year-range",
                    "a fiscal year from " + FIRST_FISCAL_YEAR + " to next year (" + (currentYear + 1) + ")"));
        }
        owner(out);
        if (name == null || name.isBlank()) out.add(required("name", "a line says what it pays for"));
        if (ceilingRupiah == null) {
            out.add(required("ceilingRupiah", "a line has its ceiling in whole rupiah"));
        } else if (ceilingRupiah <= 0) {
            out.add(new RuleBroken("ceilingRupiah", "budget-ceiling-positive", "a ceiling is more than zero rupiah"));
        }
        return out;
    }

    /** Refuses terms that break a rule, naming every rule broken. */
    public void require(int currentYear) {
        List<RuleBroken> broken = broken(currentYear);
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }

    /** Whether an existing line was opened with these very terms (an import sent again). */
    public boolean sameAs(BudgetLineOpened opened) {
        return opened.fund() == fund && opened.code().equals(code) && fiscalYear != null
                && opened.fiscalYear() == fiscalYear && Objects.equals(opened.ownerOpdCode(), ownerOpdCode)
                && Objects.equals(opened.desaCode(), desaCode) && opened.name().equals(name)
                && ceilingRupiah != null && opened.ceilingRupiah() == ceilingRupiah;
    }

    private void owner(List<RuleBroken> out) {
        if (fund == null) return;
        if (fund.village()) {
            if (desaCode == null) out.add(required("desaCode", "an APBDES line names the desa whose budget it is"));
            if (ownerOpdCode != null) {
                out.add(new RuleBroken("ownerOpdCode", "budget-owner-mismatch",
                        "an APBDES line belongs to its desa, not to an office: leave ownerOpdCode out"));
            }
            return;
        }
        if (ownerOpdCode == null) {
            out.add(required("ownerOpdCode", "an " + fund + " line names the office that spends it"));
        } else if (!OPD_CODE.matcher(ownerOpdCode).matches()) {
            out.add(new RuleBroken("ownerOpdCode", "budget-owner-format",
                    "an office code is 2 to 30 letters, digits, dots, hyphens or underscores"));
        }
        if (desaCode != null) {
            out.add(new RuleBroken("desaCode", "budget-owner-mismatch",
                    "only an APBDES line names a desa; an " + fund + " line names its office"));
        }
    }

    private static RuleBroken required(String field, String message) {
        return new RuleBroken(field, "required", message);
    }
}
