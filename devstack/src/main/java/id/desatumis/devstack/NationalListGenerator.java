package id.desatumis.devstack;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic extract of the national list for Sragen's desa (the import's CSV), with known flaws:
 * every 97th non-head person has a malformed NIK (refused alone), every 211th family an unknown desa (refused
 * whole), every 150th family appears a second time at the end (refused whole as already registered), and every
 * 173rd family's wife has the name and birth date of a wife registered at least 600 families earlier in the same
 * desa (accepted, flagged as a likely duplicate). Nothing else looks alike: accidental look-alikes are nudged
 * apart. Returns the exact counts an import must report. Deterministic for a seed.
 */
public final class NationalListGenerator {

    public record Expected(int rows, int households, int peopleCreated, int householdsCreated, int rowsRefused,
                           int rowsFlagged) {
    }

    private record Wife(int family, String name, LocalDate born) {
    }

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki", "Bambang"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari", "Siti"};

    private NationalListGenerator() {
    }

    public static Expected write(Writer out, int people, long seed, List<String> desaCodes) throws IOException {
        Random r = new Random(seed);
        Map<String, Set<Integer>> serials = new HashMap<>();
        Map<String, Integer> kkSerials = new HashMap<>();
        Set<String> prints = new HashSet<>();
        Map<String, List<Wife>> wives = new HashMap<>();
        out.write("kk_number,nik,name,sex,birth_date,relationship,desa_code,address,desil\n");
        int rows = 0, households = 0, created = 0, peopleCreated = 0, refused = 0, flagged = 0, person = 0;
        List<List<String>> repeats = new ArrayList<>();
        while (person < people) {
            households++;
            String desa = desaCodes.get(r.nextInt(desaCodes.size()));
            String kec = desa.substring(0, 8).replace(".", "");
            boolean badDesa = households % 211 == 0;
            int size = Math.min(1 + r.nextInt(6), people - person);
            int kkSerial = kkSerials.merge(kec, 1, Integer::sum);
            // a serial from 0001 to 9999 per issue date: the issue date moves on every 9,999 cards
            String kk = kec + String.format("%02d0123", 1 + (kkSerial - 1) / 9999) + String.format("%04d", (kkSerial - 1) % 9999 + 1);
            String address = "Dukuh " + (1 + r.nextInt(12)) + " RT " + (1 + r.nextInt(9)) + " RW " + (1 + r.nextInt(5));
            int desil = 1 + r.nextInt(4);
            LocalDate headBorn = LocalDate.of(1945 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
            Wife original = households % 173 == 0 && size >= 2 && !badDesa ? earlierWife(wives.get(desa), households - 600) : null;
            List<String> family = new ArrayList<>();
            int goodMembers = 0;
            for (int m = 0; m < size; m++) {
                person++;
                boolean female = m == 1 || (m > 1 && r.nextBoolean());
                String relationship = m == 0 ? "HEAD" : m == 1 ? "WIFE" : "CHILD";
                String name = female ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)];
                LocalDate born = m == 0 ? headBorn : m == 1 ? headBorn.plusYears(1 + r.nextInt(5)).withDayOfMonth(1 + r.nextInt(28))
                        : headBorn.plusYears(20 + r.nextInt(20)).withDayOfMonth(1 + r.nextInt(28));
                if (born.isAfter(LocalDate.now().minusYears(1))) born = LocalDate.now().minusYears(2).withDayOfMonth(1 + r.nextInt(28));
                boolean planted = m == 1 && original != null;
                boolean badNik = m > 0 && !planted && person % 97 == 0;
                if (planted) {
                    name = original.name();
                    born = original.born();
                } else if (!badDesa && !badNik) {
                    while (prints.contains(print(desa, name, born))) born = born.minusDays(1); // no accidental look-alike
                }
                int day = born.getDayOfMonth() + (female ? 40 : 0);
                String datePart = String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100);
                Set<Integer> used = serials.computeIfAbsent(kec + datePart, k -> new HashSet<>());
                int serial = NikSerials.next(used, used.size() + 1);
                String nik = kec + datePart + (badNik ? "0000" : String.format("%04d", serial));
                family.add(String.join(",", kk, nik, "\"" + name + "\"", female ? "F" : "M", born.toString(), relationship,
                        badDesa ? "33.14.99.2999" : desa, "\"" + address + "\"", String.valueOf(desil)));
                if (!badNik) goodMembers++;
                if (badNik && !badDesa) refused++;
                if (!badDesa && !badNik) {
                    prints.add(print(desa, name, born));
                    if (planted) flagged++;
                    else if (m == 1) wives.computeIfAbsent(desa, k -> new ArrayList<>()).add(new Wife(households, name, born));
                }
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
        return new Expected(rows, households + repeats.size(), peopleCreated, created, refused, flagged);
    }

    private static Wife earlierWife(List<Wife> candidates, int atOrBefore) {
        if (candidates == null) return null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).family() <= atOrBefore) return candidates.get(i);
        }
        return null;
    }

    private static String print(String desa, String name, LocalDate born) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ").trim().replaceAll("\\s+", " ");
        return desa + "|" + n + "|" + born;
    }
}
