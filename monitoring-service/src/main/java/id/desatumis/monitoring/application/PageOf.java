package id.desatumis.monitoring.application;

import java.util.List;

/** One page of a listing: its items, which page of what size, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }
}
