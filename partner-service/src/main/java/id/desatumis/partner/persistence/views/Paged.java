package id.desatumis.partner.persistence.views;

import java.util.List;

/** One page of a listing and how many rows the whole listing has. */
public record Paged<T>(List<T> rows, long total) {
}
