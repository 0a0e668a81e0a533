package id.desatumis.devstack;

import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoAllocation.Fate;
import id.desatumis.devstack.DemoHouseholds.Member;
import id.desatumis.devstack.DemoHouseholds.Registered;
import id.desatumis.devstack.DemoProgramme.PovertyClass;
import id.desatumis.devstack.DemoProgramme.Village;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's own arithmetic, without a platform: the families, the classes the forms give, the allocation's cuts. */
class DemoDataTest {

    @Test
    void aFamilyIsTheSameOnAnyDayAndNobodyIsBornAfterTheProgrammeBegan() {
        for (int n = 0; n < 500; n++) {
            DemoFamilies.Family f = DemoFamilies.of(DemoProgramme.CEMENG.desaCode(), n);
            assertEquals(f.json(), DemoData.household(DemoProgramme.CEMENG.desaCode(), n));
            f.members().forEach(p -> assertFalse(p.birthDate().isAfter(LocalDate.of(2021, 12, 31)), p.toString()));
        }
    }

    @Test
    void theFormsGiveTheStudysFiguresClassByClassAndEveryPoorHouseholdANeed() {
        List<Registered> all = new ArrayList<>();
        DemoProgramme.ASSESSED.forEach(v -> all.addAll(households(v)));
        DemoAssessments assessments = new DemoAssessments(null, all);
        for (Village v : DemoProgramme.ASSESSED) {
            List<Registered> households = all.stream().filter(h -> h.village().equals(v)).toList();
            Map<PovertyClass, Integer> found = new EnumMap<>(PovertyClass.class);
            Map<PovertyClass, Integer> verified = new EnumMap<>(PovertyClass.class);
            for (Registered h : households) {
                DemoAssessments.Target t = assessments.target(h.householdId());
                DemoForms.Form form = DemoForms.form(h, t.povertyClass());
                @SuppressWarnings("unchecked")
                int criteria = ((List<String>) form.body().get("criteriaMet")).size();
                assertEquals(t.povertyClass(), classOf(criteria), "the policy's class for " + criteria + " criteria");
                assertEquals(t.povertyClass() != PovertyClass.NOT_POOR, !form.needs().isEmpty());
                found.merge(t.povertyClass(), 1, Integer::sum);
                if (t.verified()) verified.merge(t.povertyClass(), 1, Integer::sum);
            }
            for (PovertyClass c : List.of(PovertyClass.EXTREME_POOR, PovertyClass.POOR, PovertyClass.NEAR_POOR)) {
                assertEquals(v.found().of(c), found.get(c), v.name() + " found " + c);
                assertEquals(v.verified().of(c), verified.get(c), v.name() + " verified " + c);
            }
            assertEquals(v.listed() - v.found().total(), found.get(PovertyClass.NOT_POOR));
        }
    }

    @Test
    void theProgrammesSharesAndTheFatesAreCutExactly() {
        List<DemoAllocation.Need> needs = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            needs.add(new DemoAllocation.Need(UUID.randomUUID().toString(), "h" + n, null, "HOUSE_REPAIR",
                    DemoProgramme.CEMENG.desaCode(), "IDENTIFIED", null, DemoProgramme.CEMENG.desaCode() + ":" + n + ":HOUSE_REPAIR:-1"));
        }
        List<Assignment> a = DemoAllocation.allocate(needs);
        assertEquals(50, count(a, "rtlh-apbd"));
        assertEquals(24, count(a, "rtlh-baznas"));
        assertEquals(14, count(a, "rtlh-bank-jateng"));
        assertEquals(16, count(a, "rtlh-gotong-royong"));
        assertEquals(96, a.stream().filter(x -> x.programme() == null).count());
        assertEquals(4, a.stream().filter(x -> x.fate() == Fate.CLOSED).count());
        assertEquals(1, a.stream().filter(x -> "rtlh-apbd".equals(key(x)) && x.fate() == Fate.CANCELLED).count());
        assertTrue(a.stream().filter(x -> "rtlh-apbd".equals(key(x))).filter(x -> x.fate() == Fate.VERIFIED).count() >= 29);
    }

    @Test
    void theBudgetForCemengAndKadipiroIsTheStudys() {
        long apbd = DemoBudget.LINES.stream().filter(l -> l.fund().equals("APBD")).mapToLong(DemoBudget.Line::ceiling).sum();
        long csr = DemoPledges.spec("bank-jateng").rupiah() + DemoPledges.spec("bkk").rupiah();
        assertEquals(4_710_000_000L, apbd + csr);
    }

    private static long count(List<Assignment> a, String programme) {
        return a.stream().filter(x -> programme.equals(key(x))).count();
    }

    private static String key(Assignment a) {
        return a.programme() == null ? null : a.programme().key();
    }

    private static PovertyClass classOf(int criteria) {
        return criteria >= 12 ? PovertyClass.EXTREME_POOR : criteria >= 9 ? PovertyClass.POOR
                : criteria >= 6 ? PovertyClass.NEAR_POOR : PovertyClass.NOT_POOR;
    }

    private static List<Registered> households(Village v) {
        List<Registered> out = new ArrayList<>();
        for (int n = 0; n < v.listed(); n++) {
            List<Member> members = new ArrayList<>();
            for (DemoFamilies.Person p : DemoFamilies.of(v.desaCode(), n).members()) {
                members.add(new Member(uuid(v.desaCode() + n + p.nik()), p.birthDate(), p.relationship()));
            }
            out.add(new Registered(v, n, uuid(v.desaCode() + ":" + n), members));
        }
        return out;
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
