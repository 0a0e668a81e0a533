package id.desatumis.monitoring.application;

import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;

/** An answer read from the projection, with how fresh the projection was when it was read. */
public record Fresh<T>(T value, Freshness freshness) {

    /** The value, with the live projection's freshness now. */
    public static <T> Uni<Fresh<T>> of(ProjectionReads reads, T value) {
        return reads.freshness().map(f -> new Fresh<>(value, f));
    }
}
