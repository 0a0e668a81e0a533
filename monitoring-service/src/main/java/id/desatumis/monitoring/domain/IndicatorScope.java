package id.desatumis.monitoring.domain;

import java.time.LocalDate;

/**
 * What the collaboration indicators are computed over: an area (the regency, a kecamatan or a desa; null for the
 * whole programme), a cohort (its intake year; null for every desa), a period (either end open), and today (forums
 * count once held; the matrix is read as in force at the period's end, or today).
 */
public record IndicatorScope(String areaCode, Integer cohort, LocalDate from, LocalDate to, LocalDate today) {

    /** The day the responsibility matrix is read on. */
    public LocalDate matrixDay() {
        return to != null && to.isBefore(today) ? to : today;
    }
}
