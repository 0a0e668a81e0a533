package id.desatumis.contracts.assistance;

/**
 * The village recorded the household's confirmation of a delivery. When every delivery of the plan is verified the
 * intervention is VERIFIED and its need met. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type
 * {@value #CE_TYPE}. Who confirmed is a role in the household, never a name; the operator who recorded it is in
 * assistance-service's event metadata, not here.
 *
 * @param interventionId the intervention
 * @param deliveryId     the delivery confirmed
 * @param confirmedBy    HEAD_OF_HOUSEHOLD, SPOUSE, OTHER_MEMBER or REPRESENTATIVE
 * @param method         SIGNATURE, THUMBPRINT, IN_PERSON_WITNESSED or PHOTO
 * @param confirmedOn    ISO-8601 date the household confirmed it
 * @param verifiedAt     ISO-8601 instant it was recorded
 */
public record DeliveryVerifiedV1(String interventionId, String deliveryId, String confirmedBy, String method,
                                 String confirmedOn, String verifiedAt) {

    public static final String EVENT_TYPE = "DeliveryVerified";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.DeliveryVerified.v1";
}
