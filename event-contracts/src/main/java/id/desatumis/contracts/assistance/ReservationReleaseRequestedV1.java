package id.desatumis.contracts.assistance;

/**
 * An intervention gives back what is still reserved for it: it was cancelled, its request timed out (an answer that
 * came late is released this way), or it moved to another source. partner-service answers ReservationReleased; a
 * release of an unknown, refused or already closed reservation changes nothing. Published on
 * {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the reservation (its request's id)
 * @param interventionId the intervention
 * @param reason         CANCELLED, TIMED_OUT or REPLANNED
 * @param requestedAt    ISO-8601 instant
 */
public record ReservationReleaseRequestedV1(String requestId, String interventionId, String reason, String requestedAt) {

    public static final String EVENT_TYPE = "ReservationReleaseRequested";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.ReservationReleaseRequested.v1";
}
