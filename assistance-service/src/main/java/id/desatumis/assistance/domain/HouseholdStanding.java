package id.desatumis.assistance.domain;

/** Where the household stands in the programme, as its events tell assistance. */
public enum HouseholdStanding {
    /** nothing recorded yet */
    UNKNOWN,
    /** a verified assessment found it poor: its needs count */
    VERIFIED_POOR,
    /** a later verified assessment found it not poor */
    GRADUATED,
    /** a duplicate registration that continues as another household */
    MERGED_AWAY,
    /** erased in the registry */
    ERASED;

    /** Whether the household's needs are still the programme's (nothing new is recorded for it otherwise). */
    public boolean gone() {
        return this == MERGED_AWAY || this == ERASED;
    }
}
