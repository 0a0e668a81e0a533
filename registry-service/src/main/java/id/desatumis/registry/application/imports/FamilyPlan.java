package id.desatumis.registry.application.imports;

import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.persistence.ImportStore.Refusal;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.domain.MemberDraft;
import id.desatumis.registry.domain.MemberRules;
import id.desatumis.registry.domain.RegionReference;
import id.desatumis.registry.domain.RegistrationRules;
import id.desatumis.registry.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What to do with one family of the file: a registration of its valid rows, and the rows refused with why.
 * A member's bad row is refused alone; a family whose KK number, desa, address or head is wrong is refused whole.
 */
public record FamilyPlan(RegisterHousehold command, List<ImportRow> registered, List<Refusal> refusals) {

    public static FamilyPlan of(List<ImportRow> family, LocalDate today, RegionReference regions) {
        List<Refusal> refusals = new ArrayList<>();
        List<ImportRow> kept = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (ImportRow row : family) {
            var checked = MemberRules.check("", draft(row), UUID.randomUUID(), today, regions);
            if (checked.valid()) {
                kept.add(row);
                members.add(checked.command());
            } else {
                checked.violations().forEach(v -> refusals.add(refusal(row, v.field(), v)));
            }
        }
        if (kept.isEmpty()) return new FamilyPlan(null, List.of(), refusals);
        ImportRow head = kept.stream().filter(r -> "HEAD".equalsIgnoreCase(r.relationship())).findFirst().orElse(kept.get(0));
        // the kept members passed their own rules above: the family's rules alone remain
        var checked = RegistrationRules.checkFamily(UUID.randomUUID(), head.kkNumber(), head.desaCode(), head.address(),
                head.desil(), members, regions);
        if (!checked.valid()) {
            for (ImportRow row : kept) {
                for (RuleViolation v : checked.violations()) {
                    if (concerns(v, row, kept)) refusals.add(refusal(row, column(v.field()), v));
                }
            }
            return new FamilyPlan(null, List.of(), refusals);
        }
        return new FamilyPlan(checked.command(), kept, refusals);
    }

    /** A family-level rule refuses every row of the family; a member rule only that member's row. */
    private static boolean concerns(RuleViolation v, ImportRow row, List<ImportRow> kept) {
        if (!v.field().startsWith("members[")) return true;
        int i = Integer.parseInt(v.field().substring(8, v.field().indexOf(']')));
        return kept.get(i) == row;
    }

    private static String column(String field) {
        return field.startsWith("members[") ? field.substring(field.indexOf('.') + 1) : field;
    }

    private static Refusal refusal(ImportRow row, String field, RuleViolation v) {
        return new Refusal(row.rowNumber(), field, v.rule(), v.message());
    }

    static MemberDraft draft(ImportRow r) {
        return new MemberDraft(r.nik(), r.name(), r.sex(), r.birthDate(), r.relationship());
    }
}
