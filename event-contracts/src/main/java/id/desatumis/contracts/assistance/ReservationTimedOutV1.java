package id.desatumis.contracts.assistance;

/**
 * partner-service did not answer the intervention's reservation request within the configured time: the request is
 * given up and the intervention is planned again. Its release is requested in the same breath
 * (ReservationReleaseRequested, reason TIMED_OUT), so capacity partner-service reserves for it later goes back to
 * the pledge; an answer that comes after this is never applied. Published on {@link AssistanceTopics#INTERVENTION}
 * as CloudEvent type {@value #CE_TYPE}.
 *
 * @param interventionId the intervention
 * @param requestId      the request given up
 * @param timedOutAt     ISO-8601 instant
 */
public record ReservationTimedOutV1(String interventionId, String requestId, String timedOutAt) {

    public static final String EVENT_TYPE = "ReservationTimedOut";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.ReservationTimedOut.v1";
}
