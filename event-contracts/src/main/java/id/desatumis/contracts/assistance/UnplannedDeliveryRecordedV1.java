package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * An office reported assistance it gave under its own programme, outside any plan: recorded as a delivered
 * intervention of that household and kind, so the double-assistance guard sees it from now on. Published on
 * {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}. No personal data: the household and
 * member are opaque registry ids; neither the programme's name nor the description of what was delivered (free
 * text) is published.
 *
 * @param interventionId          the intervention recorded
 * @param needId                  the need it met, when the household had one of that kind
 * @param householdId             the registry's household id
 * @param memberId                the registry's member id, for a personal kind; absent for a household's need
 * @param kind                    the kind of need
 * @param desaCode                dotted Kemendagri desa code of the household
 * @param actorId                 the office (a partner of partner-service) that gave it
 * @param deliveryId              the delivery
 * @param deliveredOn             ISO-8601 date it was delivered
 * @param amountRupiah            whole rupiah delivered, if counted in rupiah
 * @param units                   units delivered, if counted in units
 * @param evidenceDocumentNumber  the number of its evidence document (a handover record, a contract)
 * @param photoSha256             the SHA-256 (hex) of its evidence photo, kept by the office
 * @param overridesInterventionId the earlier intervention the double-assistance guard found and Dinas Sosial
 *                                overrode; absent when the guard found none
 * @param recordedAt              ISO-8601 instant
 */
public record UnplannedDeliveryRecordedV1(String interventionId, @OptionalField String needId, String householdId,
                                          @OptionalField String memberId, String kind, String desaCode, String actorId,
                                          String deliveryId, String deliveredOn, @OptionalField Long amountRupiah,
                                          @OptionalField Long units, @OptionalField String evidenceDocumentNumber,
                                          @OptionalField String photoSha256,
                                          @OptionalField String overridesInterventionId, String recordedAt) {

    public static final String EVENT_TYPE = "UnplannedDeliveryRecorded";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.UnplannedDeliveryRecorded.v1";
}
