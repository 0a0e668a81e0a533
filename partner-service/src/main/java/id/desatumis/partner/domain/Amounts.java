package id.desatumis.partner.domain;

/**
 * An amount of capacity: rupiah (whole rupiah, never a fraction) and/or units (houses, connections, scholarships),
 * either of which may be absent (null) when the capacity is not counted that way.
 */
public record Amounts(Long rupiah, Long units) {

    public static final Amounts ZERO = new Amounts(0L, 0L);

    public boolean hasRupiah() {
        return rupiah != null;
    }

    public boolean hasUnits() {
        return units != null;
    }

    public long rupiahOrZero() {
        return rupiah == null ? 0 : rupiah;
    }

    public long unitsOrZero() {
        return units == null ? 0 : units;
    }

    public Amounts plus(Amounts other) {
        return new Amounts(sum(rupiah, other.rupiah), sum(units, other.units));
    }

    public Amounts minus(Amounts other) {
        return new Amounts(diff(rupiah, other.rupiah), diff(units, other.units));
    }

    /** Whether every counted part of {@code wanted} fits in this amount (a part this amount does not count does not). */
    public boolean holds(Amounts wanted) {
        return fits(wanted.rupiah, rupiah) && fits(wanted.units, units);
    }

    public boolean isZero() {
        return rupiahOrZero() == 0 && unitsOrZero() == 0;
    }

    private static boolean fits(Long wanted, Long available) {
        return wanted == null || wanted == 0 || (available != null && available >= wanted);
    }

    private static Long sum(Long a, Long b) {
        return a == null && b == null ? null : Math.addExact(a == null ? 0 : a, b == null ? 0 : b);
    }

    private static Long diff(Long a, Long b) {
        return a == null && b == null ? null : Math.subtractExact(a == null ? 0 : a, b == null ? 0 : b);
    }
}
