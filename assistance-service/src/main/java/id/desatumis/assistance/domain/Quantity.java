package id.desatumis.assistance.domain;

/**
 * How much is planned, delivered or committed: whole rupiah and/or units (houses, connections, scholarships). A part
 * that is not counted is null, so "no units planned" and "zero units planned" are not confused.
 */
public record Quantity(Long rupiah, Long units) {

    public static final Quantity NONE = new Quantity(null, null);

    public Quantity {
        if (rupiah != null && rupiah < 0) throw new IllegalArgumentException("negative rupiah");
        if (units != null && units < 0) throw new IllegalArgumentException("negative units");
    }

    public static Quantity ofRupiah(long rupiah) {
        return new Quantity(rupiah, null);
    }

    public boolean counted() {
        return rupiah != null || units != null;
    }

    public long rupiahOrZero() {
        return rupiah == null ? 0 : rupiah;
    }

    public long unitsOrZero() {
        return units == null ? 0 : units;
    }

    /** The sum, counting a part when either side counts it. */
    public Quantity add(Quantity other) {
        return new Quantity(plus(rupiah, other.rupiah), plus(units, other.units));
    }

    /** What is left of this after {@code used}, never below zero in a part this counts. */
    public Quantity remainderAfter(Quantity used) {
        return new Quantity(rupiah == null ? null : rupiah - used.rupiahOrZero(),
                units == null ? null : units - used.unitsOrZero());
    }

    /** Whether {@code more} fits within this as a ceiling: no part above it, and no part this does not count. */
    public boolean admits(Quantity more) {
        return within(more.rupiah, rupiah) && within(more.units, units);
    }

    /** Whether every part this counts is reached by {@code done}. */
    public boolean reachedBy(Quantity done) {
        return (rupiah == null || done.rupiahOrZero() >= rupiah) && (units == null || done.unitsOrZero() >= units);
    }

    private static boolean within(Long wanted, Long ceiling) {
        if (wanted == null || wanted == 0) return true;
        return ceiling != null && wanted <= ceiling;
    }

    private static Long plus(Long a, Long b) {
        if (a == null && b == null) return null;
        return Math.addExact(a == null ? 0 : a, b == null ? 0 : b);
    }
}
