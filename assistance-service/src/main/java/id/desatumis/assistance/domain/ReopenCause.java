package id.desatumis.assistance.domain;

/** Why a need planned (or met) by an intervention is open again. */
public enum ReopenCause {
    /** the intervention was cancelled before delivery */
    CANCELLED,
    /** its delivery was disputed and written off */
    WRITTEN_OFF
}
