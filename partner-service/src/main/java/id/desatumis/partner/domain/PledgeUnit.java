package id.desatumis.partner.domain;

/**
 * What one unit of a pledge's capacity in units is: a house repaired, an electricity connection, a latrine, a
 * scholarship, a health-cover policy, a person trained, a food package, a business given capital. A fixed list, so
 * that capacity in units is counted the same way by every partner and every report.
 */
public enum PledgeUnit {
    HOUSE, CONNECTION, LATRINE, SCHOLARSHIP, POLICY, PERSON, PACKAGE, BUSINESS
}
