package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * The answer to a ReservationRequested: nothing was reserved. Published on {@link PartnerTopics#RESERVATION} as
 * CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the request answered
 * @param interventionId the intervention that asked
 * @param needId         its need
 * @param reason         out-of-scope, expired, insufficient, suspended or unknown-pledge
 * @param message        what exactly, for people
 * @param pledgeId       the pledge named or tried, when there was one
 * @param partnerId      the partner, when known
 * @param rejectedAt     ISO-8601 instant
 */
public record ReservationRejectedV1(String requestId, String interventionId, String needId, String reason, String message,
                                  @OptionalField String pledgeId, @OptionalField String partnerId, String rejectedAt) {

    public static final String EVENT_TYPE = "ReservationRejected";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ReservationRejected.v1";
}
