package id.desatumis.assistance.domain;

/** Where an intervention stands in the life of a need (DOMAIN.md). */
public enum Stage {
    /** A responsible actor, a source and a forum decision named; nothing reserved yet (or the reservation failed). */
    PLANNED,
    /** A reservation asked of the partner's pledge; partner-service has not answered yet. */
    RESERVATION_REQUESTED,
    /** Capacity reserved from a pledge, or committed on a budget line. */
    RESOURCED,
    /** Some of the plan delivered (a tranche, a part). */
    PARTLY_DELIVERED,
    /** All of the plan delivered; waiting for the village's confirmation. */
    DELIVERED,
    /** A delivery disputed by the village; waiting for Dinas Sosial. */
    DISPUTED,
    /** Everything delivered and confirmed: the need is met. */
    VERIFIED,
    /** Stopped before any delivery, with a reason. */
    CANCELLED,
    /** A disputed delivery written off: the need is open again. */
    WRITTEN_OFF;

    /** Whether nothing more can happen to the intervention. */
    public boolean closed() {
        return this == VERIFIED || this == CANCELLED || this == WRITTEN_OFF;
    }

    /** Whether the guard counts it as assistance given or on its way (a cancelled or written-off one is not). */
    public boolean counts() {
        return this != CANCELLED && this != WRITTEN_OFF;
    }
}
