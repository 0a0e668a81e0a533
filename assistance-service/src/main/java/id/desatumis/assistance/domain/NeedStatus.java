package id.desatumis.assistance.domain;

/** Where a need stands, as assistance knows it. */
public enum NeedStatus {
    /** verified and waiting for a plan (again, after its intervention was cancelled or written off) */
    IDENTIFIED,
    /** an intervention is planned for it */
    PLANNED,
    /** its delivery was verified */
    MET,
    /** no longer a need (see {@link CancelReason}) */
    CANCELLED,
    /** settled without a delivery, for a recorded reason (see {@link CloseReason}) */
    CLOSED;

    /** Not yet delivered: what a cancellation or closure takes. */
    public boolean open() {
        return this == IDENTIFIED || this == PLANNED;
    }
}
