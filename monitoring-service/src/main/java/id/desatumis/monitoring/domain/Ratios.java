package id.desatumis.monitoring.domain;

/** Ratios and shares as every answer gives them: four decimals, null for a ratio over nothing. */
public final class Ratios {

    private Ratios() {
    }

    public static Double of(long part, long whole) {
        return whole == 0 ? null : rounded((double) part / whole);
    }

    public static Double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Null stays null; else rounded to two decimals (days, rates per hundred). */
    public static Double twoDecimals(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
