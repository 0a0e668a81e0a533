package id.desatumis.kit.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official Kemendagri region codes (shared/data): Kabupaten Sragen's kecamatan and desa, and every
 * kecamatan of Indonesia, current and former (a NIK keeps the code of the kecamatan that first issued it).
 * Reference data, not a rule: every service reads the same codes. Never mixed with BPS codes.
 */
public final class RegionCatalog {

    public static final String SRAGEN = "33.14";

    private final Map<String, Region> sragen = new LinkedHashMap<>();
    private final Map<String, Region> kecamatanByDigits = new HashMap<>();

    private RegionCatalog() {
    }

    public static RegionCatalog load() {
        RegionCatalog c = new RegionCatalog();
        for (String[] row : read("/regions/wilayah-sragen.csv")) {
            c.sragen.put(row[0], new Region(row[0], row[1], row[2], true));
        }
        for (String[] row : read("/regions/wilayah-kecamatan-indonesia.csv")) {
            if (Region.KECAMATAN.equals(row[2])) {
                Region r = new Region(row[0], row[1], row[2], "ya".equals(row[3]));
                // a current code wins over a former one with the same digits
                c.kecamatanByDigits.merge(row[0].replace(".", ""), r, (old, neu) -> old.current() ? old : neu);
            }
        }
        return c;
    }

    /** One of Sragen's 208 desa/kelurahan, by dotted code. */
    public boolean isSragenDesa(String code) {
        Region r = code == null ? null : sragen.get(code);
        return r != null && Region.DESA.equals(r.level());
    }

    public Optional<Region> sragenRegion(String code) {
        return Optional.ofNullable(code == null ? null : sragen.get(code));
    }

    /** A kecamatan anywhere in Indonesia, current or former, by its six digits without dots ({@code 331407}). */
    public Optional<Region> kecamatanByDigits(String sixDigits) {
        return Optional.ofNullable(kecamatanByDigits.get(sixDigits));
    }

    public List<Region> sragenKecamatan() {
        return sragen.values().stream().filter(r -> Region.KECAMATAN.equals(r.level())).toList();
    }

    public List<Region> desaOf(String kecamatanCode) {
        List<Region> out = new ArrayList<>();
        for (Region r : sragen.values()) {
            if (Region.DESA.equals(r.level()) && kecamatanCode.equals(r.parentCode())) out.add(r);
        }
        return Collections.unmodifiableList(out);
    }

    public List<Region> sragenDesa() {
        return sragen.values().stream().filter(r -> Region.DESA.equals(r.level())).toList();
    }

    private static List<String[]> read(String resource) {
        try (InputStream in = RegionCatalog.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing reference data " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
