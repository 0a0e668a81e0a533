package id.desatumis.partner.domain;

/** Where a pledge stands; only an ACCEPTED one can be reserved from. */
public enum PledgeStatus {
    OFFERED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
}
