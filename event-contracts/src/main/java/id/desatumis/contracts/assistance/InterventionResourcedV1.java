package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * The intervention's resources are secured: partner-service confirmed the reservation of its pledge (requestId), or
 * its budget line was committed (budgetLineId). It can be delivered from now on. Published on
 * {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param interventionId the intervention
 * @param requestId      the confirmed reservation (its request's id), for a pledge
 * @param budgetLineId   the budget line committed, for a budget source
 * @param amountRupiah   whole rupiah secured, if the plan counts rupiah
 * @param units          units secured, if the plan counts units
 * @param resourcedAt    ISO-8601 instant
 */
public record InterventionResourcedV1(String interventionId, @OptionalField String requestId,
                                      @OptionalField String budgetLineId, @OptionalField Long amountRupiah,
                                      @OptionalField Long units, String resourcedAt) {

    public static final String EVENT_TYPE = "InterventionResourced";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.InterventionResourced.v1";
}
