package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 4a: the budget lines the plans commit on, imported in one document (all or none; a line opened before with the
 * same terms is answered unchanged). The APBD lines of the offices add up to Rp3.65 bn, which with Bank Jateng's and
 * BPR BKK Karangmalang's pledges (Rp1.06 bn) is the study's Rp4.71 bn for Cemeng and Kadipiro; Jabung's APBDES line is
 * its Rp1.667 bn. They are lines of the current fiscal year: assistance-service commits only on a year not yet ended.
 */
final class DemoBudget {

    /** A line: fund, code, the office that spends it (APBD, APBN) or the desa (APBDES), name, ceiling. */
    record Line(String fund, String code, String owner, String desaCode, String name, long ceiling) {
    }

    static final String HOUSES = "1.04.02.2.01.0003";
    static final String SANITATION = "1.03.05.2.02.0011";
    static final String HEALTH = "1.02.02.2.01.0014";
    static final String SCHOLARSHIPS = "1.01.02.2.02.0007";
    static final String BUSINESS = "3.27.03.2.01.0002";
    static final String TRAINING = "2.07.02.2.01.0004";
    static final String SEMBAKO = "1.06.04.2.02.0009";
    static final String VILLAGE_ELECTRICITY = "3.03.02.01";
    static final String VILLAGE_FOOD = "4.01.01.01";

    static final List<Line> LINES = lines();

    private final DemoContext demo;

    DemoBudget(DemoContext demo) {
        this.demo = demo;
    }

    private static List<Line> lines() {
        List<Line> l = new ArrayList<>();
        l.add(new Line("APBD", HOUSES, "DPERKIM", null, "Rehabilitasi rumah tidak layak huni Desa Tumis", 2_400_000_000L));
        l.add(new Line("APBD", SANITATION, "DPUPR", null, "Pembangunan jamban sehat dan sarana air bersih", 800_000_000L));
        l.add(new Line("APBD", HEALTH, "DINKES", null, "Iuran PBI-JKN daerah bagi warga miskin", 150_000_000L));
        l.add(new Line("APBD", SCHOLARSHIPS, "DISDIK", null, "Beasiswa siswa dari keluarga miskin", 100_000_000L));
        l.add(new Line("APBD", BUSINESS, "DISKOPUMKM", null, "Bantuan modal usaha mikro", 100_000_000L));
        l.add(new Line("APBD", TRAINING, "DISNAKER", null, "Pelatihan berbasis kompetensi bagi pencari kerja", 100_000_000L));
        l.add(new Line("APBN", SEMBAKO, "DINSOS", null, "Program Sembako (bantuan sosial pangan)", 50_000_000L));
        for (DemoProgramme.Village v : DemoProgramme.ASSESSED) {
            l.add(new Line("APBDES", VILLAGE_ELECTRICITY, null, v.desaCode(), "Penyambungan listrik warga miskin Desa " + v.name(), 40_000_000L));
            l.add(new Line("APBDES", VILLAGE_FOOD, null, v.desaCode(), "Bantuan pangan warga miskin Desa " + v.name(), 10_000_000L));
        }
        l.add(new Line("APBDES", "2.01.01.01", null, DemoProgramme.JABUNG, "Program Desa Tumis Desa Jabung", 1_667_000_000L));
        return List.copyOf(l);
    }

    void open() {
        int year = demo.today.getYear();
        List<Map<String, Object>> items = LINES.stream().map(l -> DemoHttp.map("fund", l.fund(), "code", l.code(), "fiscalYear", year,
                "ownerOpdCode", l.owner(), "desaCode", l.desaCode(), "name", l.name(), "ceilingRupiah", l.ceiling())).toList();
        DemoHttp.Answer a = demo.http.post(demo.assistance + "/budget-lines/imports", demo.tokens.dinsos(), Map.of("items", items), null);
        if (!a.ok()) throw new IllegalStateException("budget lines: " + a);
        int opened = 0;
        int unchanged = 0;
        for (JsonNode r : a.body().path("results")) {
            if ("OPENED".equals(r.path("outcome").asText())) opened++;
            else unchanged++;
        }
        demo.run.say("assistance: budget lines of " + year + ": " + opened + " opened, " + unchanged + " there already");
    }
}
