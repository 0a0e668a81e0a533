package id.desatumis.contracts.partner;

/**
 * A pledge's period ended: nothing new is reserved from it; open reservations stay until consumed or released.
 * Published on {@link PartnerTopics#PLEDGE} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param pledgeId the pledge
 * @param endedOn  its last day (ISO-8601 date)
 */
public record PledgeExpiredV1(String pledgeId, String endedOn) {

    public static final String EVENT_TYPE = "PledgeExpired";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PledgeExpired.v1";
}
