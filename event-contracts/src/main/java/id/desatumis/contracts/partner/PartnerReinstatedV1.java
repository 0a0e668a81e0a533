package id.desatumis.contracts.partner;

/**
 * A suspended partner was reinstated. Published on {@link PartnerTopics#PARTNER} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param partnerId    the partner
 * @param reason       why
 * @param reinstatedAt ISO-8601 instant
 */
public record PartnerReinstatedV1(String partnerId, String reason, String reinstatedAt) {

    public static final String EVENT_TYPE = "PartnerReinstated";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PartnerReinstated.v1";
}
