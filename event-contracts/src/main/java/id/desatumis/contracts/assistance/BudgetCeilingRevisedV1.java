package id.desatumis.contracts.assistance;

/**
 * Dinas Sosial revised a budget line's ceiling (the mid-year revision of the budget); never below what is committed
 * and realised on it. Published on {@link AssistanceTopics#INTERVENTION} (key {@code budget-line-<lineId>}) as
 * CloudEvent type {@value #CE_TYPE}. Why it changed stays in the service's event store.
 *
 * @param lineId                the budget line
 * @param ceilingRupiah         the new ceiling, whole rupiah
 * @param previousCeilingRupiah the ceiling before
 * @param revisedAt             ISO-8601 instant
 */
public record BudgetCeilingRevisedV1(String lineId, long ceilingRupiah, long previousCeilingRupiah, String revisedAt) {

    public static final String EVENT_TYPE = "BudgetCeilingRevised";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.BudgetCeilingRevised.v1";
}
