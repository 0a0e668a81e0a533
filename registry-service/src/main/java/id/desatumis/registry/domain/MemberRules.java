package id.desatumis.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules a submitted member must pass before any command is decided: each field on its own,
 * then the NIK against sex and birth date. A NIK may be absent only for a child under one year
 * (a newborn is given one later).
 */
public final class MemberRules {

    private MemberRules() {
    }

    public static Checked<Member> check(String prefix, MemberDraft d, UUID memberId, LocalDate today, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>();
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty()) {
            v.add(new RuleViolation(prefix + "name", "required", "the name is required"));
        } else if (name.length() > 100) {
            v.add(new RuleViolation(prefix + "name", "max-length", "at most 100 characters"));
        }
        Sex sex = FieldRules.code(Sex.class, prefix + "sex", d.sex(), "sex", "M or F", v);
        Relationship rel = FieldRules.code(Relationship.class, prefix + "relationship", d.relationship(), "relationship",
                "one of the KK relationship codes (HEAD, WIFE, HUSBAND, CHILD, ...)", v);
        LocalDate birth = FieldRules.pastDate(prefix + "birthDate", d.birthDate(), today, v);
        String nik = d.nik() == null || d.nik().isBlank() ? null : d.nik().strip();
        if (nik == null) {
            if (birth == null || birth.isBefore(today.minusYears(1))) {
                v.add(new RuleViolation(prefix + "nik", "nik-required", "a NIK is required, except for a child under one year"));
            }
        } else {
            v.addAll(Nik.check(prefix + "nik", nik, sex, birth, regions));
        }
        return Checked.of(v.isEmpty() ? new Member(memberId, nik, name, sex, birth, rel) : null, v);
    }
}
