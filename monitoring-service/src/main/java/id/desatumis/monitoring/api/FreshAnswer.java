package id.desatumis.monitoring.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.Freshness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An answer as JSON: its own fields, and the projection's freshness beside them. */
public record FreshAnswer<T>(@JsonUnwrapped T answer, Freshness freshness) {

    /**
     * The freshness beside an answer's own fields, for the document ({@code allOf} the answer's schema and this one):
     * named here rather than inside a response's annotation, which reaches the document after its filters have run.
     */
    @Schema(name = "FreshnessPart", description = "The freshness beside an answer's own fields")
    record Part(@Schema(description = "How fresh the figures are", required = true) Freshness freshness) {
    }

    static <T> FreshAnswer<T> of(Fresh<T> fresh) {
        return new FreshAnswer<>(fresh.value(), fresh.freshness());
    }
}
