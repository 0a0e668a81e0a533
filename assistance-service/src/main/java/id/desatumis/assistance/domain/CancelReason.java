package id.desatumis.assistance.domain;

/** Why a need stopped being one: it does not count for the household any more. */
public enum CancelReason {
    NO_LONGER_LISTED, GRADUATED, HOUSEHOLD_ERASED, PERSON_ERASED, MERGED_AWAY
}
