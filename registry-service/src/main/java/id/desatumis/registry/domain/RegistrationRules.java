package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of a registration: the KK number, a desa of Sragen, an address, one to thirty members of whom
 * exactly one is the head, each member's own rules, and no NIK twice in one registration.
 */
public final class RegistrationRules {

    public static final int MAX_MEMBERS = 30;

    private RegistrationRules() {
    }

    public static Checked<RegisterHousehold> check(UUID householdId, String kkNumber, String desaCode, String address,
                                List<MemberDraft> members, List<UUID> memberIds, LocalDate today, RegionReference regions) {
        return check(householdId, kkNumber, desaCode, address, null, members, memberIds, today, regions);
    }

    /** {@code desil}: the DTSEN decile, 1 to 10, optional. */
    public static Checked<RegisterHousehold> check(UUID householdId, String kkNumber, String desaCode, String address, String desil,
                                List<MemberDraft> members, List<UUID> memberIds, LocalDate today, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>();
        Integer decile = household(kkNumber, desaCode, address, desil, regions, v);
        List<Member> checked = new ArrayList<>();
        if (sizeOk(members, v)) {
            Map<String, Integer> seenNik = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                MemberDraft draft = members.get(i);
                if (draft == null) {
                    v.add(new RuleViolation("members[" + i + "]", "required", "a member is an object"));
                    continue;
                }
                var m = MemberRules.check("members[" + i + "].", draft, memberIds.get(i), today, regions);
                v.addAll(m.violations());
                if (m.valid()) {
                    checked.add(m.command());
                    nikOnce(m.command(), i, seenNik, v);
                }
            }
            long heads = members.stream().filter(d -> d != null && "HEAD".equalsIgnoreCase(
                    d.relationship() == null ? "" : d.relationship().strip())).count();
            headOnce(heads, v);
        }
        return command(householdId, kkNumber, desaCode, address, decile, checked, v);
    }

    /**
     * The same rules for members each already checked alone by {@link MemberRules} (an import refuses a member's bad
     * row by itself first): only what concerns the family is checked, not every member's rules a second time.
     */
    public static Checked<RegisterHousehold> checkFamily(UUID householdId, String kkNumber, String desaCode, String address,
                                                         String desil, List<Member> members, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>();
        Integer decile = household(kkNumber, desaCode, address, desil, regions, v);
        if (sizeOk(members, v)) {
            Map<String, Integer> seenNik = new HashMap<>();
            for (int i = 0; i < members.size(); i++) nikOnce(members.get(i), i, seenNik, v);
            headOnce(members.stream().filter(Member::isHead).count(), v);
        }
        return command(householdId, kkNumber, desaCode, address, decile, members, v);
    }

    private static Integer household(String kkNumber, String desaCode, String address, String desil, RegionReference regions,
                                     List<RuleViolation> v) {
        v.addAll(KkNumber.check("kkNumber", kkNumber, regions));
        Integer decile = null;
        if (desil != null && !desil.isBlank()) {
            try {
                decile = Integer.parseInt(desil.strip());
            } catch (NumberFormatException e) {
                decile = -1;
            }
            if (decile < 1 || decile > 10) {
                v.add(new RuleViolation("desil", "desil-range", "a DTSEN decile from 1 to 10"));
            }
        }
        FieldRules.desa("desaCode", desaCode, regions, v);
        if (address == null || address.isBlank()) {
            v.add(new RuleViolation("address", "required", "the address is required"));
        } else if (address.length() > 200) {
            v.add(new RuleViolation("address", "max-length", "at most 200 characters"));
        }
        return decile;
    }

    private static boolean sizeOk(List<?> members, List<RuleViolation> v) {
        if (members == null || members.isEmpty()) {
            v.add(new RuleViolation("members", "required", "a household has at least one member, its head"));
            return false;
        }
        if (members.size() > MAX_MEMBERS) {
            v.add(new RuleViolation("members", "max-size", "at most " + MAX_MEMBERS + " members"));
            return false;
        }
        return true;
    }

    private static void nikOnce(Member m, int i, Map<String, Integer> seenNik, List<RuleViolation> v) {
        if (m.nik() != null && seenNik.putIfAbsent(m.nik(), i) != null) {
            v.add(new RuleViolation("members[" + i + "].nik", "nik-duplicate-in-request", "the same NIK appears twice"));
        }
    }

    private static void headOnce(long heads, List<RuleViolation> v) {
        if (heads != 1) {
            v.add(new RuleViolation("members", "head-exactly-one", "exactly one member is the head (HEAD)"));
        }
    }

    private static Checked<RegisterHousehold> command(UUID householdId, String kkNumber, String desaCode, String address,
                                                      Integer decile, List<Member> members, List<RuleViolation> v) {
        return Checked.of(v.isEmpty()
                ? new RegisterHousehold(householdId, kkNumber, desaCode, address.strip(), List.copyOf(members), decile) : null, v);
    }
}
