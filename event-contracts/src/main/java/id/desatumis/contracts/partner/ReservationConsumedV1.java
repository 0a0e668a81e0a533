package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * A delivery used part of a reservation; after the final one, what was left went back to the pledge. Published on
 * {@link PartnerTopics#RESERVATION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the reservation
 * @param interventionId the intervention
 * @param pledgeId       the pledge
 * @param deliveryId     the delivery
 * @param amountRupiah   rupiah consumed, if counted in rupiah
 * @param units          units consumed, if counted in units
 * @param finalDelivery  whether it was the last
 * @param releasedRupiah rupiah given back by the final consume
 * @param releasedUnits  units given back by the final consume
 * @param consumedAt     ISO-8601 instant
 */
public record ReservationConsumedV1(String requestId, String interventionId, String pledgeId, String deliveryId,
                                  @OptionalField Long amountRupiah, @OptionalField Long units, boolean finalDelivery,
                                  @OptionalField Long releasedRupiah, @OptionalField Long releasedUnits, String consumedAt) {

    public static final String EVENT_TYPE = "ReservationConsumed";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ReservationConsumed.v1";
}
