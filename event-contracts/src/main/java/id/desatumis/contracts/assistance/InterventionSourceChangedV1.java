package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * A planned intervention whose reservation was refused or timed out is resourced again from another source (another
 * pledge, or a budget line), which is the plan's source from now on; ReservationRequested or InterventionResourced
 * follows. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param interventionId the intervention
 * @param sourceType     PLEDGE, APBD, APBDES or APBN
 * @param pledgeId       the pledge, for a PLEDGE source
 * @param budgetLineId   the budget line, for a budget source
 * @param budgetCode     the budget line's code, for a budget source
 * @param changedAt      ISO-8601 instant
 */
public record InterventionSourceChangedV1(String interventionId, String sourceType, @OptionalField String pledgeId,
                                          @OptionalField String budgetLineId, @OptionalField String budgetCode,
                                          String changedAt) {

    public static final String EVENT_TYPE = "InterventionSourceChanged";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.InterventionSourceChanged.v1";
}
