package id.desatumis.monitoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control of the public reports: no count of fewer than {@value #THRESHOLD} (and more than 0)
 * is shown (primary suppression), and no shown total or difference gives a hidden count back (secondary
 * suppression).
 *
 * <p>A table is its cells with their row totals, column totals and grand total, laid out as one matrix with the
 * totals as last column and last row. Each row of that matrix, and each column, is an equation: its entries before the
 * last add up to the last. A hidden entry can be worked out from an equation in which it is the only hidden one; so
 * wherever an equation has exactly one hidden entry, one more is hidden: the smallest non-zero count of it that is not
 * its total, else its total. This repeats until no equation has exactly one. Zeros are shown: they are never among
 * the hidden (a hidden zero would be worked out as easily as it is shown).
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** Whether a single count must be hidden on its own. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * The hidden entries of a table: {@code [i][j]} for a cell, {@code [i][columns]} for row i's total,
     * {@code [rows][j]} for column j's total, {@code [rows][columns]} for the grand total.
     *
     * @param cells rows of equal length, counts not negative
     */
    public static boolean[][] suppress(long[][] cells) {
        long[][] m = withTotals(cells);
        int rows = m.length;
        int columns = m[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) hidden[i][j] = small(m[i][j]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows; i++) changed |= protect(m, hidden, line(i, -1, columns));
            for (int j = 0; j < columns; j++) changed |= protect(m, hidden, line(-1, j, rows));
        }
        return hidden;
    }

    /** The cells with their row totals, column totals and grand total, as one matrix. */
    static long[][] withTotals(long[][] cells) {
        if (cells.length == 0 || cells[0].length == 0) throw new IllegalArgumentException("an empty table");
        int r = cells.length;
        int c = cells[0].length;
        long[][] m = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            if (cells[i].length != c) throw new IllegalArgumentException("rows of different lengths");
            for (int j = 0; j < c; j++) {
                if (cells[i][j] < 0) throw new IllegalArgumentException("a negative count");
                m[i][j] = cells[i][j];
                m[i][c] += cells[i][j];
                m[r][j] += cells[i][j];
                m[r][c] += cells[i][j];
            }
        }
        return m;
    }

    /** The positions of one equation: a whole row (column = -1) or a whole column (row = -1); its total last. */
    private static List<int[]> line(int row, int column, int length) {
        List<int[]> positions = new ArrayList<>(length);
        for (int k = 0; k < length; k++) positions.add(row >= 0 ? new int[]{row, k} : new int[]{k, column});
        return positions;
    }

    /** Hides one more entry of the equation if exactly one of its entries is hidden; whether it did. */
    private static boolean protect(long[][] m, boolean[][] hidden, List<int[]> equation) {
        int hiddenCount = 0;
        for (int[] p : equation) if (hidden[p[0]][p[1]]) hiddenCount++;
        if (hiddenCount != 1) return false;
        int[] total = equation.get(equation.size() - 1);
        int[] pick = null;
        for (int[] p : equation.subList(0, equation.size() - 1)) {
            long v = m[p[0]][p[1]];
            if (!hidden[p[0]][p[1]] && v > 0 && (pick == null || v < m[pick[0]][pick[1]])) pick = p;
        }
        if (pick == null && !hidden[total[0]][total[1]] && m[total[0]][total[1]] > 0) pick = total;
        if (pick == null) return false;
        hidden[pick[0]][pick[1]] = true;
        return true;
    }
}
