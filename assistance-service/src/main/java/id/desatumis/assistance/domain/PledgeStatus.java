package id.desatumis.assistance.domain;

/** Where a partner's pledge stands, as partner-service published it; only an ACCEPTED one can be reserved from. */
public enum PledgeStatus {
    OFFERED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
}
