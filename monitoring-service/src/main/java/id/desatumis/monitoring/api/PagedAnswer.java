package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.application.PageOf;

import java.util.List;

/** A page of a listing as JSON: its items, the page asked, its size, the total, and the projection's freshness. */
public record PagedAnswer<T>(List<T> items, int page, int size, long total, Freshness freshness) {

    static <T> PagedAnswer<T> of(Fresh<PageOf<T>> fresh) {
        PageOf<T> p = fresh.value();
        return new PagedAnswer<>(p.items(), p.page(), p.size(), p.total(), fresh.freshness());
    }
}
