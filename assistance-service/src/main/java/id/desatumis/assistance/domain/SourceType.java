package id.desatumis.assistance.domain;

/** Where an intervention's resources come from: a partner's pledge, one of the three budgets, or an office's own programme. */
public enum SourceType {
    PLEDGE, APBD, APBDES, APBN,
    /** Assistance an office gave under its own programme, outside any plan (reported as an unplanned delivery). */
    OWN_PROGRAMME;

    public boolean budget() {
        return this == APBD || this == APBDES || this == APBN;
    }
}
