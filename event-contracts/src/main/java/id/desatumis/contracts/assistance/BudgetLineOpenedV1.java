package id.desatumis.contracts.assistance;

import id.desatumis.contracts.OptionalField;

/**
 * Dinas Sosial opened a budget line that interventions may be planned on. Published on
 * {@link AssistanceTopics#INTERVENTION} (key {@code budget-line-<lineId>}) as CloudEvent type {@value #CE_TYPE}.
 *
 * @param lineId        the line
 * @param fund          APBD (the regency's budget), APBDES (a desa's) or APBN
 * @param code          the line's code in its budget, as the budget document prints it (1.06.02.2.01.0001)
 * @param fiscalYear    the budget's year
 * @param ownerOpdCode  the office that spends an APBD or APBN line; absent for APBDES
 * @param desaCode      dotted Kemendagri code of the desa whose budget an APBDES line is; absent for the others
 * @param name          what the line pays for, as the budget names it
 * @param ceilingRupiah its ceiling in whole rupiah
 * @param openedAt      ISO-8601 instant
 */
public record BudgetLineOpenedV1(String lineId, String fund, String code, int fiscalYear,
                                 @OptionalField String ownerOpdCode, @OptionalField String desaCode, String name,
                                 long ceilingRupiah, String openedAt) {

    public static final String EVENT_TYPE = "BudgetLineOpened";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.BudgetLineOpened.v1";
}
