package id.desatumis.assistance.domain;

/** Why a need was settled without a delivery: it counts as settled for the household (HouseholdNeedsMet). */
public enum CloseReason {
    REFUSED_BY_HOUSEHOLD, MEMBER_DIED, MEMBER_MOVED_AWAY
}
