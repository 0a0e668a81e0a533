package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * What was still reserved went back to the pledge (the intervention was cancelled, timed out or replanned). Published
 * on {@link PartnerTopics#RESERVATION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the reservation
 * @param interventionId the intervention
 * @param pledgeId       the pledge it went back to
 * @param amountRupiah   rupiah released, if counted in rupiah
 * @param units          units released, if counted in units
 * @param reason         CANCELLED, TIMED_OUT or REPLANNED
 * @param releasedAt     ISO-8601 instant
 */
public record ReservationReleasedV1(String requestId, String interventionId, String pledgeId, @OptionalField Long amountRupiah,
                                  @OptionalField Long units, String reason, String releasedAt) {

    public static final String EVENT_TYPE = "ReservationReleased";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ReservationReleased.v1";
}
