package id.desatumis.contracts.partner;

/**
 * An offered pledge was turned down. Published on {@link PartnerTopics#PLEDGE} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param pledgeId   the pledge
 * @param reason     why
 * @param declinedAt ISO-8601 instant
 */
public record PledgeDeclinedV1(String pledgeId, String reason, String declinedAt) {

    public static final String EVENT_TYPE = "PledgeDeclined";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PledgeDeclined.v1";
}
