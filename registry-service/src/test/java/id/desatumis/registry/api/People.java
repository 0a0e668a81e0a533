package id.desatumis.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique test identities: NIK and KK numbers made by the rules, with serials never repeated in a run. */
final class People {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);
    static final String DESA_A = "33.14.07.2003";
    static final String DESA_B = "33.14.01.2001";

    private People() {
    }

    private static final java.util.Set<Integer> USED = new java.util.HashSet<>();

    static String nik(String sex, LocalDate born) {
        int day = born.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        return String.format("331407%02d%02d%02d%04d", day, born.getMonthValue(), born.getYear() % 100, nikSerial());
    }

    /** Serials never one adjacent swap apart, so no test person looks like a mistyped NIK of another (a flag). */
    private static synchronized int nikSerial() {
        int s = id.desatumis.devstack.NikSerials.next(USED, SERIAL.get());
        SERIAL.set(s + 1);
        return s;
    }

    static String kk() {
        return String.format("331407271126%04d", SERIAL.getAndIncrement());
    }

    static Map<String, Object> member(String relationship, String sex, LocalDate born) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nik", nik(sex, born));
        m.put("name", "Warga " + SERIAL.get());
        m.put("sex", sex);
        m.put("birthDate", born.toString());
        m.put("relationship", relationship);
        return m;
    }

    static Map<String, Object> household(String desa) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("kkNumber", kk());
        h.put("desaCode", desa);
        h.put("address", "Dukuh Krajan RT 01 RW 02");
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member("HEAD", "M", LocalDate.of(1979, 4, 21)));
        members.add(member("WIFE", "F", LocalDate.of(1983, 8, 2)));
        members.add(member("CHILD", "F", LocalDate.of(2012, 1, 30)));
        h.put("members", members);
        return h;
    }
}
