package id.desatumis.devstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic families of a desa: one to six people each, with names, NIK and KK numbers of the desa's kecamatan. The
 * same desa and number always make the same family, whatever the day (so a registration sent again is the same
 * request, and its Idempotency-Key answers it).
 */
final class DemoFamilies {

    record Person(String nik, String name, String sex, LocalDate birthDate, String relationship) {
    }

    record Family(String kkNumber, String desaCode, String address, List<Person> members) {

        /** The registry's registration body. */
        String json() {
            StringBuilder m = new StringBuilder();
            for (Person p : members) {
                if (!m.isEmpty()) m.append(',');
                m.append(String.format("{\"nik\":\"%s\",\"name\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"%s\",\"relationship\":\"%s\"}",
                        p.nik(), p.name(), p.sex(), p.birthDate(), p.relationship()));
            }
            return String.format("{\"kkNumber\":\"%s\",\"desaCode\":\"%s\",\"address\":\"%s\",\"members\":[%s]}",
                    kkNumber, desaCode, address, m);
        }
    }

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari"};
    /** Nobody is born after the programme's first year began: the 2022 visits count everyone listed. */
    private static final LocalDate BORN_BY = LocalDate.of(2021, 12, 31);

    private DemoFamilies() {
    }

    static Family of(String desaCode, int n) {
        String kecamatanDigits = desaCode.substring(0, 8).replace(".", "");
        Random r = new Random(desaCode.hashCode() * 31L + n);
        int size = 1 + r.nextInt(6);
        int serialBase = n * 7 + 1; // up to seven identities per household, unique within the kecamatan digits
        LocalDate headBorn = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<Person> members = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            boolean female = m == 1 || (m > 1 && r.nextBoolean());
            String relationship = m == 0 ? "HEAD" : m == 1 ? "WIFE" : "CHILD";
            LocalDate born = m == 0 ? headBorn
                    : m == 1 ? headBorn.plusYears(2).withDayOfMonth(1 + r.nextInt(28))
                    : headBorn.plusYears(20 + r.nextInt(25)).withDayOfMonth(1 + r.nextInt(28));
            if (born.isAfter(BORN_BY)) born = BORN_BY.minusDays((n * 7L + m) % 3000);
            String name = female ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)];
            int day = born.getDayOfMonth() + (female ? 40 : 0);
            int serial = (serialBase + m) % 10000 == 0 ? 1 : (serialBase + m) % 10000;
            String nik = String.format("%s%02d%02d%02d%04d", kecamatanDigits, day, born.getMonthValue(), born.getYear() % 100, serial);
            members.add(new Person(nik, name, female ? "F" : "M", born, relationship));
        }
        String kk = String.format("%s010122%04d", kecamatanDigits, n + 1);
        String address = String.format("Dukuh %d RT %02d RW %02d", n / 100 + 1, n % 20 + 1, n % 7 + 1);
        return new Family(kk, desaCode, address, members);
    }
}
