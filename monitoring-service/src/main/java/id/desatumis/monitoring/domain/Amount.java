package id.desatumis.monitoring.domain;

/** Whole rupiah and units (houses, connections, scholarships), each summed over what counts it. */
public record Amount(long rupiah, long units) {

    public static final Amount ZERO = new Amount(0, 0);

    public Amount plus(Amount other) {
        return new Amount(rupiah + other.rupiah, units + other.units);
    }
}
