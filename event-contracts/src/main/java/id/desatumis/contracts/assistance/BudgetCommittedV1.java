package id.desatumis.contracts.assistance;

/**
 * An intervention planned on a budget line holds this much of its ceiling (in the same transaction as the plan, so
 * a line is never over-committed). Published on {@link AssistanceTopics#INTERVENTION} (key
 * {@code budget-line-<lineId>}) as CloudEvent type {@value #CE_TYPE}.
 *
 * @param lineId         the budget line
 * @param interventionId the intervention planned on it
 * @param amountRupiah   whole rupiah committed
 * @param committedAt    ISO-8601 instant
 */
public record BudgetCommittedV1(String lineId, String interventionId, long amountRupiah, String committedAt) {

    public static final String EVENT_TYPE = "BudgetCommitted";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.BudgetCommitted.v1";
}
