package id.desatumis.monitoring.domain;

/**
 * A table of counts as the public village report shows it: its cells, row totals, column totals and grand total, each
 * with whether it is hidden ({@link SmallCellSuppression}: under 5 and not 0, or hidden so that no total or
 * difference gives one of those back).
 *
 * <p>Positions as {@link SmallCellSuppression#suppress}: row {@code rows()} is the column totals, column
 * {@code columns()} the row totals. A table of one row (one column) has its column (row) totals equal to its cells;
 * read the row's (column's) own entries then.
 */
public final class PublicTable {

    private final long[][] counts;
    private final boolean[][] hidden;

    private PublicTable(long[][] counts, boolean[][] hidden) {
        this.counts = counts;
        this.hidden = hidden;
    }

    /** The table of these cells (rows of equal length, counts not negative), its totals added. */
    public static PublicTable of(long[][] cells) {
        return new PublicTable(SmallCellSuppression.withTotals(cells), SmallCellSuppression.suppress(cells));
    }

    public int rows() {
        return counts.length - 1;
    }

    public int columns() {
        return counts[0].length - 1;
    }

    /** The count at a position, hidden or not. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    public boolean hidden(int row, int column) {
        return hidden[row][column];
    }
}
