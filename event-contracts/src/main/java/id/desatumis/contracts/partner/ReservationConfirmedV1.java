package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * The answer to a ReservationRequested: capacity is reserved from a pledge for the intervention. Published on {@link
 * PartnerTopics#RESERVATION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param requestId      the request answered; the reservation's id
 * @param interventionId the intervention that asked
 * @param needId         its need
 * @param pledgeId       the pledge reserved from
 * @param partnerId      the pledge's partner
 * @param kind           the kind of need
 * @param desaCode       dotted desa code
 * @param amountRupiah   rupiah reserved, if asked in rupiah
 * @param units          units reserved, if asked in units
 * @param confirmedAt    ISO-8601 instant
 */
public record ReservationConfirmedV1(String requestId, String interventionId, String needId, String pledgeId, String partnerId,
                                   String kind, String desaCode, @OptionalField Long amountRupiah, @OptionalField Long units,
                                   String confirmedAt) {

    public static final String EVENT_TYPE = "ReservationConfirmed";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ReservationConfirmed.v1";
}
