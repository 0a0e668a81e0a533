package id.desatumis.assistance.domain;

/** How Dinas Sosial resolves a dispute. */
public enum Resolution {
    /** The delivery does not count; the actor delivers again (back to resourced). */
    REDELIVER,
    /** The delivery stands as verified. */
    ACCEPT,
    /** The delivery and its intervention are written off; the need is open again. */
    WRITE_OFF
}
