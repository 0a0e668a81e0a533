package id.desatumis.assistance.domain;

/** Why the village disputes a delivery. */
public enum DisputeGround {
    NOT_RECEIVED, INCOMPLETE, WRONG_ITEM, ASKED_TO_PAY
}
