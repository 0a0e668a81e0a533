package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.Freshness;

import java.util.List;

/** One page of a list ({@code page} from 0), how many items the list has in all, and how fresh it is. */
public record Page<T>(List<T> items, int page, int size, long total, Freshness freshness) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page of a list held whole. */
    public static <T> Page<T> of(List<T> all, int page, int size, Freshness freshness) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size(), freshness);
    }
}
