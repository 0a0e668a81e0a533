package id.desatumis.devstack;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic extract of the national list for Sragen's desa (the import's CSV), with known flaws:
 * every 97th non-head person has a malformed NIK (refused alone), every 211th family an unknown desa (refused
 * whole), and every 150th family appears a second time later in the file (refused whole as already registered).
 * Returns the exact counts an import must report. Deterministic for a seed.
 */
public final class NationalListGenerator {

    public record Expected(int rows, int households, int peopleCreated, int householdsCreated, int rowsRefused) {
    }

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki", "Bambang"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari", "Siti"};

    private NationalListGenerator() {
    }

    public static Expected write(Writer out, int people, long seed, List<String> desaCodes) throws IOException {
        Random r = new Random(seed);
        Map<String, Integer> serials = new HashMap<>();
        out.write("kk_number,nik,name,sex,birth_date,relationship,desa_code,address,desil\n");
        int rows = 0, households = 0, created = 0, peopleCreated = 0, refused = 0, person = 0;
        List<List<String>> repeats = new ArrayList<>();
        while (person < people) {
            households++;
            String desa = desaCodes.get(r.nextInt(desaCodes.size()));
            String kec = desa.substring(0, 8).replace(".", "");
            boolean badDesa = households % 211 == 0;
            int size = Math.min(1 + r.nextInt(6), people - person);
            int kkSerial = serials.merge(kec + "kk", 1, Integer::sum);
            // a serial from 0001 to 9999 per issue date: the issue date moves on every 9,999 cards
            String kk = kec + String.format("%02d0123", 1 + (kkSerial - 1) / 9999) + String.format("%04d", (kkSerial - 1) % 9999 + 1);
            String address = "Dukuh " + (1 + r.nextInt(12)) + " RT " + (1 + r.nextInt(9)) + " RW " + (1 + r.nextInt(5));
            int desil = 1 + r.nextInt(4);
            LocalDate headBorn = LocalDate.of(1945 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
            List<String> family = new ArrayList<>();
            int goodMembers = 0;
            for (int m = 0; m < size; m++) {
                person++;
                boolean female = m == 1 || (m > 1 && r.nextBoolean());
                String relationship = m == 0 ? "HEAD" : m == 1 ? "WIFE" : "CHILD";
                LocalDate born = m == 0 ? headBorn : m == 1 ? headBorn.plusYears(1 + r.nextInt(5)).withDayOfMonth(1 + r.nextInt(28))
                        : headBorn.plusYears(20 + r.nextInt(20)).withDayOfMonth(1 + r.nextInt(28));
                if (born.isAfter(LocalDate.now().minusYears(1))) born = LocalDate.now().minusYears(2).withDayOfMonth(1 + r.nextInt(28));
                int day = born.getDayOfMonth() + (female ? 40 : 0);
                String datePart = String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100);
                int serial = serials.merge(kec + datePart, 1, Integer::sum);
                boolean badNik = m > 0 && person % 97 == 0;
                String nik = kec + datePart + (badNik ? "0000" : String.format("%04d", serial));
                String name = (female ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)]);
                family.add(String.join(",", kk, nik, "\"" + name + "\"", female ? "F" : "M", born.toString(), relationship,
                        badDesa ? "33.14.99.2999" : desa, "\"" + address + "\"", String.valueOf(desil)));
                if (!badNik) goodMembers++;
                if (badNik && !badDesa) refused++;
            }
            for (String line : family) out.write(line + "\n");
            rows += family.size();
            if (badDesa) {
                refused += family.size();
            } else {
                created++;
                peopleCreated += goodMembers;
                if (households % 150 == 0) repeats.add(family);
            }
        }
        for (List<String> family : repeats) {
            for (String line : family) out.write(line + "\n");
            rows += family.size();
            refused += family.size();
        }
        return new Expected(rows, households + repeats.size(), peopleCreated, created, refused);
    }
}
