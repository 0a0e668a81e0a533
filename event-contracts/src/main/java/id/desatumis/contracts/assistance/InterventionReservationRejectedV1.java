package id.desatumis.contracts.assistance;

/**
 * partner-service refused the intervention's reservation: the intervention is planned again, waiting for staff to
 * resource it another way or to cancel it. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type
 * {@value #CE_TYPE}.
 *
 * @param interventionId the intervention
 * @param requestId      the request refused
 * @param reason         partner-service's reason code: out-of-scope, expired, insufficient, suspended or
 *                       unknown-pledge
 * @param rejectedAt     ISO-8601 instant assistance-service recorded the refusal
 */
public record InterventionReservationRejectedV1(String interventionId, String requestId, String reason,
                                                String rejectedAt) {

    public static final String EVENT_TYPE = "InterventionReservationRejected";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.InterventionReservationRejected.v1";
}
