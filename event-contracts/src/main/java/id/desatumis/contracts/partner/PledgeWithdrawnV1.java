package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * The partner took back part or all of a pledge's unreserved remainder; what is reserved stays reserved. Published on
 * {@link PartnerTopics#PLEDGE} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param pledgeId     the pledge
 * @param amountRupiah rupiah withdrawn, if counted in rupiah
 * @param units        units withdrawn, if counted in units
 * @param entire       whether the pledge is closed to new reservations
 * @param reason       why
 * @param withdrawnAt  ISO-8601 instant
 */
public record PledgeWithdrawnV1(String pledgeId, @OptionalField Long amountRupiah, @OptionalField Long units, boolean entire, String reason,
                              String withdrawnAt) {

    public static final String EVENT_TYPE = "PledgeWithdrawn";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PledgeWithdrawn.v1";
}
