package id.desatumis.contracts.assistance;

/**
 * The village disputes a delivery; Dinas Sosial resolves it (DisputeResolved). Published on
 * {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}. The ground only: the reason the
 * village wrote (free text) stays in assistance-service.
 *
 * @param interventionId the intervention
 * @param deliveryId     the delivery disputed
 * @param ground         NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY
 * @param disputedAt     ISO-8601 instant
 */
public record DeliveryDisputedV1(String interventionId, String deliveryId, String ground, String disputedAt) {

    public static final String EVENT_TYPE = "DeliveryDisputed";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.DeliveryDisputed.v1";
}
