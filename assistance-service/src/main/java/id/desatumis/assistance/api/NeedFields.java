package id.desatumis.assistance.api;

import id.desatumis.kit.api.Problems;

import java.util.UUID;

/** The ids in the needs endpoints' paths (their bodies' fields are read with the service's {@link FieldReaders}). */
final class NeedFields {

    private NeedFields() {
    }

    /** The id in a path: one that is no UUID names nothing here (404), as an id of nothing does. */
    static UUID pathId(String value, String what) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short groups ("1-1-1-1-1"): only the canonical form is an id
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below, like an id of nothing
        }
        throw Problems.notFound(what);
    }
}
