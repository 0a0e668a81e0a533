package id.desatumis.assistance.api;

import java.util.UUID;

/** Ids in paths: only the canonical UUID form names anything (UUID.fromString also takes "1-1-1-1-1"). */
final class PathIds {

    private PathIds() {
    }

    static UUID parse(String value) {
        if (value == null) return null;
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
