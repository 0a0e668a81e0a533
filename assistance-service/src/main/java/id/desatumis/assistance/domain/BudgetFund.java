package id.desatumis.assistance.domain;

/**
 * Where a budget line's money comes from: the regency's budget (APBD), a village's budget (APBDES) or the national
 * budget (APBN). An APBDES line belongs to one desa; the others to the office (OPD) that spends them.
 */
public enum BudgetFund {
    APBD, APBDES, APBN;

    /** Whether a line of this fund is a village's own, named by its desa rather than by an office. */
    public boolean village() {
        return this == APBDES;
    }
}
