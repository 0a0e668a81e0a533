package id.desatumis.contracts.partner;

/**
 * A partner was suspended: nothing more is reserved from its pledges until it is reinstated. Published on {@link
 * PartnerTopics#PARTNER} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param partnerId   the partner
 * @param reason      why
 * @param suspendedAt ISO-8601 instant
 */
public record PartnerSuspendedV1(String partnerId, String reason, String suspendedAt) {

    public static final String EVENT_TYPE = "PartnerSuspended";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PartnerSuspended.v1";
}
