package id.desatumis.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallCellSuppressionTest {

    @Test
    void aTableOfLargeCountsAndZerosHidesNothing() {
        boolean[][] hidden = SmallCellSuppression.suppress(new long[][]{{12, 0, 30}, {7, 5, 0}});
        for (boolean[] row : hidden) assertThat(row).containsOnly(false);
    }

    @Test
    void aSmallCountIsHiddenWithTheSmallestOtherCountOfItsRowAndOfItsColumn() {
        // row 0: 3 is small; its row then hides 8 (smaller than 20); its column hides 6 (row 1)
        long[][] cells = {{3, 8, 20}, {6, 9, 11}};
        boolean[][] hidden = SmallCellSuppression.suppress(cells);
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[0][1]).isTrue();
        assertThat(hidden[1][0]).isTrue();
        // column 1 had 8 hidden alone, so 9 goes too; row 1 then has 6 and 9 hidden: done
        assertThat(hidden[1][1]).isTrue();
        assertThat(hidden[0][2]).isFalse();
        assertThat(hidden[1][2]).isFalse();
        assertThat(noEquationHasOneHidden(cells, hidden)).isTrue();
    }

    @Test
    void aSmallCellBesideZerosOnlyTakesItsTotalAlong() {
        // the row is 0, 0, 7 (a secondary hide would leave 7 = total - 0 - 0): the total is small here anyway
        long[][] cells = {{0, 0, 3}, {10, 20, 30}};
        boolean[][] hidden = SmallCellSuppression.suppress(cells);
        assertThat(hidden[0][2]).isTrue();
        assertThat(hidden[0][3]).as("the row total 3").isTrue();
        assertThat(noEquationHasOneHidden(cells, hidden)).isTrue();
    }

    @Test
    void aSingleRowWithItsTotalIsProtected() {
        long[][] byClass = {{2, 40, 60}};
        boolean[][] hidden = SmallCellSuppression.suppress(byClass);
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[0][1]).as("the next smallest, else 2 = total - 40 - 60").isTrue();
        assertThat(noEquationHasOneHidden(byClass, hidden)).isTrue();
    }

    @Test
    void noRandomTableLeavesAHiddenCountAloneInAnyRowOrColumn() {
        Random random = new Random(20221);
        for (int n = 0; n < 2_000; n++) {
            long[][] cells = new long[1 + random.nextInt(6)][1 + random.nextInt(8)];
            for (long[] row : cells) for (int j = 0; j < row.length; j++) row[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
            boolean[][] hidden = SmallCellSuppression.suppress(cells);
            long[][] m = SmallCellSuppression.withTotals(cells);
            assertThat(noEquationHasOneHidden(cells, hidden)).as("table %d", n).isTrue();
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    if (SmallCellSuppression.small(m[i][j])) assertThat(hidden[i][j]).isTrue();
                    if (m[i][j] == 0) assertThat(hidden[i][j]).isFalse();
                }
            }
        }
    }

    @Test
    void anEmptyOrNegativeTableIsRefused() {
        assertThatThrownBy(() -> SmallCellSuppression.suppress(new long[0][0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallCellSuppression.suppress(new long[][]{{1, -1}})).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean noEquationHasOneHidden(long[][] cells, boolean[][] hidden) {
        int rows = cells.length + 1;
        int columns = cells[0].length + 1;
        for (int i = 0; i < rows; i++) {
            int count = 0;
            for (int j = 0; j < columns; j++) if (hidden[i][j]) count++;
            if (count == 1) return false;
        }
        for (int j = 0; j < columns; j++) {
            int count = 0;
            for (int i = 0; i < rows; i++) if (hidden[i][j]) count++;
            if (count == 1) return false;
        }
        return true;
    }
}
