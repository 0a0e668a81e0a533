package id.desatumis.contracts.partner;

/**
 * A consume could not be applied: more than is still reserved, or the reservation is closed or unknown. Published on
 * {@link PartnerTopics#RESERVATION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the reservation
 * @param interventionId the intervention
 * @param deliveryId     the delivery
 * @param reason         exceeds-reservation, reservation-closed or other-intervention (made for another one)
 * @param message        what exactly
 * @param rejectedAt     ISO-8601 instant
 */
public record ReservationConsumeRejectedV1(String requestId, String interventionId, String deliveryId, String reason, String message,
                                         String rejectedAt) {

    public static final String EVENT_TYPE = "ReservationConsumeRejected";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ReservationConsumeRejected.v1";
}
