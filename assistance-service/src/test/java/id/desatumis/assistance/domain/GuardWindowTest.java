package id.desatumis.assistance.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window of each kind: a period either side of the earlier assistance, or the same calendar month. */
class GuardWindowTest {

    private static final LocalDate REPAIRED = LocalDate.of(2024, 2, 29);

    @Test
    void aPeriodHoldsEitherSideUpToTheDayBeforeItEnds() {
        GuardWindow years = GuardWindow.parse("P5Y");
        assertThat(years.overlaps(REPAIRED, LocalDate.of(2029, 2, 27))).isTrue();
        assertThat(years.overlaps(LocalDate.of(2029, 2, 27), REPAIRED)).isTrue();
        assertThat(years.overlaps(REPAIRED, LocalDate.of(2029, 2, 28))).isFalse();
        assertThat(years.overlaps(REPAIRED, REPAIRED)).isTrue();
        assertThat(years.overlaps(REPAIRED, LocalDate.of(2019, 3, 1))).isTrue();
        assertThat(years.overlaps(REPAIRED, LocalDate.of(2019, 2, 28))).isFalse();
    }

    @Test
    void theSameMonthIsTheCalendarMonthNotThirtyDays() {
        GuardWindow month = GuardWindow.parse("same-month");
        assertThat(month.overlaps(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(month.overlaps(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(month.overlaps(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 10, 15))).isFalse();
        assertThat(GuardWindow.parse(" SAME-MONTH ").toString()).isEqualTo("same-month");
    }

    @Test
    void aWindowIsAPositivePeriodOrTheSameMonth() {
        assertThat(GuardWindow.parse("P1Y6M").toString()).isEqualTo("P1Y6M");
        assertThatThrownBy(() -> GuardWindow.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuardWindow.parse("P-1Y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuardWindow.parse("5 years")).isInstanceOf(IllegalArgumentException.class);
    }
}
