package id.desatumis.contracts.assistance;

/**
 * A cancelled intervention gave back all it still held on a budget line. Published on
 * {@link AssistanceTopics#INTERVENTION} (key {@code budget-line-<lineId>}) as CloudEvent type {@value #CE_TYPE}.
 *
 * @param lineId         the budget line
 * @param interventionId the intervention that held it
 * @param amountRupiah   whole rupiah released (available again)
 * @param releasedAt     ISO-8601 instant
 */
public record BudgetReleasedV1(String lineId, String interventionId, long amountRupiah, String releasedAt) {

    public static final String EVENT_TYPE = "BudgetReleased";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.assistance.BudgetReleased.v1";
}
