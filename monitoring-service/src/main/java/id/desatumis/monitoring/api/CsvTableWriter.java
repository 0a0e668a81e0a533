package id.desatumis.monitoring.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8 (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break), with a download name. A cell that a spreadsheet would take for a formula (it starts
 * with =, +, - or @ and is not a number) is prefixed with an apostrophe.
 */
@Provider
@Produces("text/csv")
public class CsvTableWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV_UTF8.toString());
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.fileName() + ".csv\"");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, table.headers());
        for (List<?> row : table.rows()) line(w, row);
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) return "";
        String s = cell.toString();
        if (!(cell instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
