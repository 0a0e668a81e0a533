package id.desatumis.monitoring.domain;

/** Where a desa stands on the way to tuntas. */
public enum TuntasStatus {
    /** Some verified need of a verified-poor household is neither met nor closed, or no household is verified poor yet. */
    OPEN,
    /** Every verified need of every verified-poor household is met (delivery verified) or closed: tkpkd may declare. */
    READY,
    /** tkpkd declared it tuntas. */
    DECLARED
}
