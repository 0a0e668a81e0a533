package id.desatumis.devstack.proof;

/**
 * A personal value found where a sweep looked.
 *
 * @param source where: {@code table registry.public.events}, {@code topic desatumis.registry.household.v1},
 *               {@code log target/proof-registry.log}
 * @param place  in it: {@code row 12}, {@code partition 0 offset 5}, {@code line 33}
 * @param label  which value, e.g. "head NIK"
 * @param form   in which form, e.g. "typed", "base64+1"
 * @param excerpt a few characters around it, to see the column or field (the value itself is the test's own)
 */
public record Finding(String source, String place, String label, String form, String excerpt) {

    /** Whether this is a positive control found (a value kept in clear by design), not a personal value. */
    public boolean isControl() {
        return label.startsWith(PersonalValues.CONTROL);
    }

    @Override
    public String toString() {
        return source + " " + place + ": " + label + " (" + form + ") in …" + excerpt + "…";
    }
}
