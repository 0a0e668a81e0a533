package id.desatumis.registry.application.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads the national list as families: consecutive rows with the same KK number. Streams: one family in memory
 * at a time, whatever the file's size. A row whose shape is broken is still returned, to be refused on its own.
 */
public final class ImportFile implements Iterator<List<ImportRow>>, AutoCloseable {

    static final List<String> COLUMNS = List.of("kk_number", "nik", "name", "sex", "birth_date", "relationship",
            "desa_code", "address", "desil");

    private final MappingIterator<Map<String, String>> rows;
    private final Reader reader;
    private ImportRow pending;
    private int rowNumber = 1; // the header is row 1

    public ImportFile(Reader reader) throws IOException {
        this.reader = reader;
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        this.rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
    }

    public int rowsRead() {
        return rowNumber - 1;
    }

    @Override
    public boolean hasNext() {
        return pending != null || rows.hasNext();
    }

    @Override
    public List<ImportRow> next() {
        if (!hasNext()) throw new NoSuchElementException();
        List<ImportRow> family = new ArrayList<>();
        ImportRow first = pending != null ? pending : read();
        pending = null;
        family.add(first);
        while (rows.hasNext()) {
            ImportRow row = read();
            if (row.kkNumber() != null && row.kkNumber().equals(first.kkNumber())) {
                family.add(row);
            } else {
                pending = row;
                break;
            }
        }
        return family;
    }

    private ImportRow read() {
        Map<String, String> r = rows.next();
        rowNumber++;
        return new ImportRow(rowNumber, r.get("kk_number"), r.get("nik"), r.get("name"), r.get("sex"),
                r.get("birth_date"), r.get("relationship"), r.get("desa_code"), r.get("address"), r.get("desil"));
    }

    @Override
    public void close() throws IOException {
        rows.close();
        reader.close();
    }
}
