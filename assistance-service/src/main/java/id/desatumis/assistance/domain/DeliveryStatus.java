package id.desatumis.assistance.domain;

/** Where one delivery stands with the village. */
public enum DeliveryStatus {
    REPORTED, VERIFIED, DISPUTED,
    /** Disputed and resolved by a redelivery: it no longer counts towards the plan. */
    VOIDED,
    /** Disputed and written off with its intervention. */
    WRITTEN_OFF
}
