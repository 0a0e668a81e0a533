package id.desatumis.partner.application;

import java.util.List;
import java.util.function.Function;

/** One page of a listing: its items, which page (from 0) of what size, and how many items the listing has. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, total);
    }
}
