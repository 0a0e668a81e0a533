package id.desatumis.monitoring.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/**
 * JSON or CSV, as the client asks: CSV when the most preferred type of its Accept header that this service can give
 * is text/csv (or text/*), JSON otherwise (no Accept, or *&#47;*, included). One resource method answers both, so that
 * which one runs never depends on how the framework orders two methods of one path.
 */
final class Negotiation {

    static final MediaType TEXT_CSV = MediaType.valueOf(CsvTableWriter.TEXT_CSV);

    private Negotiation() {
    }

    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            boolean json = accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            boolean csv = accepted.isCompatible(TEXT_CSV);
            if (csv && !json) return true;
            if (json) return false;
        }
        return false;
    }

    /** The answer as JSON, or as the CSV table made from it. */
    static <T> Uni<Response> answer(HttpHeaders headers, Uni<T> answer, Function<T, CsvTable> table) {
        if (wantsCsv(headers)) {
            return answer.map(a -> Response.ok(table.apply(a), CsvTableWriter.TEXT_CSV_UTF8).build());
        }
        return answer.map(a -> Response.ok(a, MediaType.APPLICATION_JSON_TYPE).build());
    }
}
