package id.desatumis.contracts.assistance;

/**
 * The intervention was stopped before any delivery; what was reserved or committed for it is released. Published on
 * {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}. The cause as a code; the reason staff
 * wrote (free text) stays in assistance-service.
 *
 * @param interventionId the intervention
 * @param cause          why, as a code: cancelled by staff, or the need is no longer to be met (a later assessment
 *                       no longer lists it, the household graduated, was merged or erased)
 * @param cancelledAt    ISO-8601 instant
 */
public record InterventionCancelledV1(String interventionId, String cause, String cancelledAt) {

    public static final String EVENT_TYPE = "InterventionCancelled";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.InterventionCancelled.v1";
}
