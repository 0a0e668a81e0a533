package id.desatumis.contracts.assistance;

/**
 * A delivery spent part of what its intervention committed on a budget line: that much moves from committed to
 * realised (the line's realisation). Published on {@link AssistanceTopics#INTERVENTION} (key
 * {@code budget-line-<lineId>}) as CloudEvent type {@value #CE_TYPE}.
 *
 * @param lineId         the budget line
 * @param interventionId the intervention delivered
 * @param deliveryId     the delivery (realised once)
 * @param amountRupiah   whole rupiah realised
 * @param realisedAt     ISO-8601 instant
 */
public record BudgetRealisedV1(String lineId, String interventionId, String deliveryId, long amountRupiah,
                               String realisedAt) {

    public static final String EVENT_TYPE = "BudgetRealised";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.BudgetRealised.v1";
}
