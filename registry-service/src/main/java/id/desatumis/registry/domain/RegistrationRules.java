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
        List<RuleViolation> v = new ArrayList<>(KkNumber.check("kkNumber", kkNumber, regions));
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
        List<Member> checked = new ArrayList<>();
        if (members == null || members.isEmpty()) {
            v.add(new RuleViolation("members", "required", "a household has at least one member, its head"));
        } else if (members.size() > MAX_MEMBERS) {
            v.add(new RuleViolation("members", "max-size", "at most " + MAX_MEMBERS + " members"));
        } else {
            Map<String, Integer> seenNik = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                String prefix = "members[" + i + "].";
                MemberDraft draft = members.get(i);
                if (draft == null) {
                    v.add(new RuleViolation("members[" + i + "]", "required", "a member is an object"));
                    continue;
                }
                var m = MemberRules.check(prefix, draft, memberIds.get(i), today, regions);
                v.addAll(m.violations());
                if (m.valid()) {
                    checked.add(m.command());
                    if (m.command().nik() != null && seenNik.putIfAbsent(m.command().nik(), i) != null) {
                        v.add(new RuleViolation(prefix + "nik", "nik-duplicate-in-request", "the same NIK appears twice"));
                    }
                }
            }
            long heads = members.stream().filter(d -> d != null && "HEAD".equalsIgnoreCase(
                    d.relationship() == null ? "" : d.relationship().strip())).count();
            if (heads != 1) {
                v.add(new RuleViolation("members", "head-exactly-one", "exactly one member is the head (HEAD)"));
            }
        }
        RegisterHousehold command = v.isEmpty()
                ? new RegisterHousehold(householdId, kkNumber, desaCode, address.strip(), List.copyOf(checked), decile) : null;
        return Checked.of(command, v);
    }
}
