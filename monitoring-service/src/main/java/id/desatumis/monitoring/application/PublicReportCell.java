package id.desatumis.monitoring.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.desatumis.monitoring.domain.PublicTable;
import id.desatumis.monitoring.domain.SmallCellSuppression;

/**
 * A figure of the public village report: {@code {"value":n}}, or {@code {"suppressed":true,"display":"< 5"}} when it
 * is hidden. Every hidden count reads "< 5", whether it is under 5 or hidden to protect one that is: were the two told
 * apart, a hidden count known to be 5 or more would bound the other (a total of 6 over two hidden counts, one of them
 * 5 or more, gives the other as 1). A rupiah amount hidden with its count reads "x".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicReportCell(Long value, Boolean suppressed, String display) {

    public static final String HIDDEN_COUNT = "< " + SmallCellSuppression.THRESHOLD;
    public static final String HIDDEN_AMOUNT = "x";

    /** A count on its own (in no table with totals): hidden when under 5 and not 0. */
    static PublicReportCell count(long n) {
        return count(n, SmallCellSuppression.small(n));
    }

    /** A count of a table, at a position (see {@link PublicTable}). */
    static PublicReportCell count(PublicTable table, int row, int column) {
        return count(table.count(row, column), table.hidden(row, column));
    }

    static PublicReportCell count(long n, boolean hidden) {
        return hidden ? new PublicReportCell(null, true, HIDDEN_COUNT) : new PublicReportCell(n, null, null);
    }

    /** An amount that is hidden with the count it goes with. */
    static PublicReportCell rupiah(long rupiah, boolean hidden) {
        return hidden ? new PublicReportCell(null, true, HIDDEN_AMOUNT) : new PublicReportCell(rupiah, null, null);
    }

    /** What a CSV cell holds: the value, or the display of a hidden one. */
    public Object text() {
        return value != null ? value : display;
    }
}
