package id.desatumis.monitoring.api;

import java.util.List;

/**
 * A table as the CSV exports send it: a header line, then one line per row, the same figures as the JSON answer.
 * A resource returns one when the client asks for {@code text/csv}; {@link CsvTableWriter} writes it.
 *
 * @param fileName the download's name, without extension
 */
public record CsvTable(String fileName, List<String> headers, List<List<?>> rows) {

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (List<?> row : rows) {
            if (row.size() != headers.size()) throw new IllegalArgumentException("a row of " + row.size()
                    + " cells under " + headers.size() + " headers");
        }
    }
}
