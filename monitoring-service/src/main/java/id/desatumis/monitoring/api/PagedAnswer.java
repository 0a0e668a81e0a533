package id.desatumis.monitoring.api;

import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.application.PageOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a listing as JSON: its items, the page asked, its size, the total, and the projection's freshness. */
@Schema(description = "A page of a listing, and how fresh it is")
public record PagedAnswer<T>(
        @Schema(description = "The page's items", required = true) List<T> items,
        @Schema(description = "The page asked, from 0", required = true, minimum = "0", examples = "0") int page,
        @Schema(description = "The page size asked", required = true, minimum = "1", maximum = "500", examples = "50")
        int size,
        @Schema(description = "Items in the whole listing", required = true, minimum = "0", examples = "208") long total,
        @Schema(description = "How fresh the listing is", required = true) Freshness freshness) {

    static <T> PagedAnswer<T> of(Fresh<PageOf<T>> fresh) {
        PageOf<T> p = fresh.value();
        return new PagedAnswer<>(p.items(), p.page(), p.size(), p.total(), fresh.freshness());
    }
}
