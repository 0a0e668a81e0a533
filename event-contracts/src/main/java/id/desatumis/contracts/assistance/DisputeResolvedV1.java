package id.desatumis.contracts.assistance;

/**
 * Dinas Sosial resolved a disputed delivery. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type
 * {@value #CE_TYPE}; its written reason stays in assistance-service.
 *
 * @param interventionId the intervention
 * @param deliveryId     the delivery that was disputed
 * @param resolution     REDELIVER (the delivery no longer counts; the actor delivers again), ACCEPT (the delivery
 *                       stands as verified) or WRITE_OFF (the delivery and its intervention are written off, the need
 *                       is open again, what is still reserved is released)
 * @param resolvedAt     ISO-8601 instant
 */
public record DisputeResolvedV1(String interventionId, String deliveryId, String resolution, String resolvedAt) {

    public static final String EVENT_TYPE = "DisputeResolved";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.DisputeResolved.v1";
}
