package id.desatumis.contracts.partner;

/**
 * A pledge was accepted on a forum decision: it can be reserved from. Published on {@link PartnerTopics#PLEDGE} as
 * CloudEvent type {@value #CE_TYPE}.
 *
 * @param pledgeId       the pledge
 * @param decisionNumber the forum decision that approved it
 * @param acceptedAt     ISO-8601 instant
 */
public record PledgeAcceptedV1(String pledgeId, String decisionNumber, String acceptedAt) {

    public static final String EVENT_TYPE = "PledgeAccepted";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PledgeAccepted.v1";
}
