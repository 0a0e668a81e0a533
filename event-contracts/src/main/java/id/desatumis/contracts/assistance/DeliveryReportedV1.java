package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * The responsible actor (or Dinas Sosial on its behalf) reported a delivery: a part of the plan or one of its
 * tranches; the village is to confirm it. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type
 * {@value #CE_TYPE}. No personal data: the free-text description of what was delivered (which could name the people
 * who received it) and the photo's storage reference are not published; the evidence is named by its document number
 * and the photo's SHA-256, enough to check a copy shown later.
 *
 * @param interventionId         the intervention
 * @param deliveryId             the delivery
 * @param deliveredOn            ISO-8601 date it was delivered
 * @param amountRupiah           whole rupiah delivered, if counted in rupiah
 * @param units                  units delivered, if counted in units
 * @param tranche                the tranche paid (from 1), for a plan in tranches
 * @param evidenceDocumentNumber the number of its evidence document (a handover record, a contract)
 * @param photoSha256            the SHA-256 (hex) of its evidence photo
 * @param onBehalf               whether Dinas Sosial reported it for the responsible actor
 * @param reportedAt             ISO-8601 instant
 */
public record DeliveryReportedV1(String interventionId, String deliveryId, String deliveredOn,
                                 @OptionalField Long amountRupiah, @OptionalField Long units,
                                 @OptionalField Integer tranche, @OptionalField String evidenceDocumentNumber,
                                 @OptionalField String photoSha256, boolean onBehalf, String reportedAt) {

    public static final String EVENT_TYPE = "DeliveryReported";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.DeliveryReported.v1";
}
