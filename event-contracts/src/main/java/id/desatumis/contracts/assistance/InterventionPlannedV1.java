package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

import java.util.List;

/**
 * A verified need was planned: who answers for it, where its resources come from, how much, by when, and on which
 * forum decision. A plan from a pledge is followed by ReservationRequested, one from a budget line by
 * InterventionResourced. Published on {@link AssistanceTopics#INTERVENTION} as CloudEvent type {@value #CE_TYPE}.
 * No personal data: the household and member are opaque registry ids; the reasons staff gave (for another actor
 * than the matrix's lead, for overriding the double-assistance guard) stay in assistance-service.
 *
 * @param interventionId          the intervention
 * @param needId                  the need it plans
 * @param householdId             the registry's household id
 * @param memberId                the registry's member id, for a personal kind (EDUCATION, HEALTH_COVER,
 *                                BUSINESS_CAPITAL, SKILLS_TRAINING); absent for a household's need
 * @param kind                    the kind of need (HOUSE_REPAIR, ELECTRICITY, ...)
 * @param desaCode                dotted Kemendagri desa code of the household
 * @param actorId                 the responsible actor: a partner of partner-service (an OPD, the village government,
 *                                a CSR partner...)
 * @param sourceType              PLEDGE, APBD, APBDES or APBN
 * @param pledgeId                the pledge, for a PLEDGE source
 * @param budgetLineId            the budget line, for a budget source
 * @param budgetCode              the budget line's code, for a budget source
 * @param amountRupiah            whole rupiah planned, if the plan counts rupiah
 * @param units                   units planned (houses, connections, ...), if the plan counts units
 * @param tranches                the payment schedule of business capital paid in tranches; empty otherwise
 * @param dueDate                 when the plan is to be delivered in full (ISO-8601 date)
 * @param decisionNumber          the forum decision that approved it
 * @param overridesInterventionId the earlier intervention the double-assistance guard found and Dinas Sosial
 *                                overrode; absent when the guard found none
 * @param plannedOn               ISO-8601 date of the plan
 * @param plannedAt               ISO-8601 instant
 */
public record InterventionPlannedV1(String interventionId, String needId, String householdId, @OptionalField String memberId,
                                    String kind, String desaCode, String actorId, String sourceType,
                                    @OptionalField String pledgeId, @OptionalField String budgetLineId,
                                    @OptionalField String budgetCode, @OptionalField Long amountRupiah,
                                    @OptionalField Long units, List<Tranche> tranches, String dueDate,
                                    String decisionNumber, @OptionalField String overridesInterventionId,
                                    String plannedOn, String plannedAt) {

    public static final String EVENT_TYPE = "InterventionPlanned";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.InterventionPlanned.v1";

    /**
     * One payment of business capital paid in tranches.
     *
     * @param number numbered from 1, in order
     * @param rupiah whole rupiah of this tranche
     * @param due    when it falls due (ISO-8601 date)
     */
    public record Tranche(int number, long rupiah, String due) {
    }
}
