package id.desatumis.monitoring.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.Freshness;

/** An answer as JSON: its own fields, and the projection's freshness beside them. */
public record FreshAnswer<T>(@JsonUnwrapped T answer, Freshness freshness) {

    static <T> FreshAnswer<T> of(Fresh<T> fresh) {
        return new FreshAnswer<>(fresh.value(), fresh.freshness());
    }
}
