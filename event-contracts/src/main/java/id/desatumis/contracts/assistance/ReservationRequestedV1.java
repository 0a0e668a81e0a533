package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * An intervention planned from a pledge asks partner-service for capacity. partner-service answers on
 * {@code desatumis.partner.reservation.v1} with ReservationConfirmed or ReservationRejected, exactly once per
 * {@code requestId}, however often this is delivered. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent
 * type {@value #CE_TYPE}. No personal data: the need is named by its id, the household not at all.
 *
 * @param requestId      unique per request; the reservation's id from then on
 * @param interventionId the intervention asking
 * @param needId         the need it plans
 * @param kind           the kind of need (HOUSE_REPAIR, ELECTRICITY, ...)
 * @param desaCode       dotted Kemendagri desa code of the household
 * @param partnerId      the partner the plan names; when absent, the named pledge's partner, or else the lead of the
 *                       responsibility matrix for the kind and desa. assistance-service always names the plan's pledge
 *                       and no partner (the responsible actor need not be the pledge's partner)
 * @param pledgeId       a named pledge to reserve from; when absent, the matching accepted pledge of the partner that
 *                       expires first
 * @param amountRupiah   whole rupiah to reserve, if the plan counts rupiah
 * @param units          units to reserve (houses, connections, ...), if the plan counts units; a request in units
 *                       matches only a pledge with capacity in units
 * @param requestedAt    ISO-8601 instant
 */
public record ReservationRequestedV1(String requestId, String interventionId, String needId, String kind, String desaCode,
                                     @OptionalField String partnerId, @OptionalField String pledgeId,
                                     @OptionalField Long amountRupiah, @OptionalField Long units, String requestedAt) {

    public static final String EVENT_TYPE = "ReservationRequested";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.ReservationRequested.v1";
}
