package id.desatumis.monitoring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kabupaten Sragen's kecamatan and desa with their official Kemendagri codes, from the reference data every service
 * reads ({@code platform-kit/src/main/resources/regions/wilayah-sragen.csv}, a copy of {@code /work/shared/data}).
 */
record Sragen(Map<String, String> kecamatan, List<Desa> desa) {

    static final String REGENCY = "33.14";

    record Desa(String code, String name, String kecamatanCode) {
    }

    static Sragen load(Path root) throws IOException {
        Map<String, String> kecamatan = new LinkedHashMap<>();
        List<Desa> desa = new ArrayList<>();
        List<String> lines = Files.readAllLines(root.resolve("platform-kit/src/main/resources/regions/wilayah-sragen.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            if (f[2].startsWith("kecamatan")) kecamatan.put(f[0], f[1]);
            else if (f[2].startsWith("desa")) desa.add(new Desa(f[0], f[1], f[0].substring(0, 8)));
        }
        if (desa.size() != 208) throw new IllegalStateException("expected Sragen's 208 desa, read " + desa.size());
        return new Sragen(kecamatan, desa);
    }
}
