package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * A delivery (or a tranche of one) used part of a reservation. partner-service answers ReservationConsumed; the final
 * one gives back what is left. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the reservation (its request's id)
 * @param interventionId the intervention
 * @param deliveryId     the delivery reported
 * @param amountRupiah   whole rupiah delivered, if counted in rupiah
 * @param units          units delivered, if counted in units
 * @param finalDelivery  whether this is the last delivery: what is left of the reservation is released
 * @param requestedAt    ISO-8601 instant
 */
public record ReservationConsumeRequestedV1(String requestId, String interventionId, String deliveryId,
                                            @OptionalField Long amountRupiah, @OptionalField Long units,
                                            boolean finalDelivery, String requestedAt) {

    public static final String EVENT_TYPE = "ReservationConsumeRequested";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.ReservationConsumeRequested.v1";
}
