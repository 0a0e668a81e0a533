package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdCommand.ChangeHead;
import id.desatumis.registry.domain.HouseholdCommand.ChangeKkNumber;
import id.desatumis.registry.domain.HouseholdCommand.EraseHousehold;
import id.desatumis.registry.domain.HouseholdCommand.ErasePerson;
import id.desatumis.registry.domain.HouseholdCommand.MergeHouseholds;
import id.desatumis.registry.domain.HouseholdCommand.MoveHousehold;
import id.desatumis.registry.domain.HouseholdCommand.MoveMemberOut;
import id.desatumis.registry.domain.HouseholdCommand.RecordDeath;
import id.desatumis.registry.domain.HouseholdCommand.SplitHousehold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The field rules of each lifecycle command, before the household's state is consulted. */
public final class LifecycleRules {

    private static final String RELATIONSHIPS = "one of the KK relationship codes (HEAD, WIFE, HUSBAND, CHILD, ...)";

    private LifecycleRules() {
    }

    public static Checked<RecordDeath> death(UUID household, String memberId, String date, String newHead, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        var command = new RecordDeath(household, FieldRules.id("memberId", memberId, false, v),
                FieldRules.pastDate("dateOfDeath", date, today, v), FieldRules.id("newHeadMemberId", newHead, true, v));
        return Checked.of(command, v);
    }

    public static Checked<MoveMemberOut> departure(UUID household, String memberId, String toHousehold, String date,
                                                   String newHead, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        var command = new MoveMemberOut(household, FieldRules.id("memberId", memberId, false, v),
                FieldRules.id("toHouseholdId", toHousehold, true, v), FieldRules.pastDate("date", date, today, v),
                FieldRules.id("newHeadMemberId", newHead, true, v));
        return Checked.of(command, v);
    }

    public static Checked<ChangeHead> headChange(UUID household, String newHead, String formerHeadRelationship) {
        List<RuleViolation> v = new ArrayList<>();
        var command = new ChangeHead(household, FieldRules.id("newHeadMemberId", newHead, false, v),
                FieldRules.code(Relationship.class, "formerHeadRelationship", formerHeadRelationship, "relationship",
                        RELATIONSHIPS, v));
        return Checked.of(command, v);
    }

    public static Checked<MoveHousehold> relocation(UUID household, String desa, String address, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>();
        var command = new MoveHousehold(household, FieldRules.desa("desaCode", desa, regions, v),
                FieldRules.requiredText("address", address, 200, v));
        return Checked.of(command, v);
    }

    public static Checked<ChangeKkNumber> kkChange(UUID household, String kk, String reason, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>(KkNumber.check("kkNumber", kk, regions));
        var command = new ChangeKkNumber(household, kk, FieldRules.requiredText("reason", reason, 500, v));
        return Checked.of(command, v);
    }

    /** {@code leaving}: each leaving member's id and relationship in the new household, as submitted. */
    public static Checked<SplitHousehold> split(UUID household, UUID newHousehold, String kk, String desa, String address,
                                                List<String[]> leaving, String remainingHead, RegionReference regions) {
        List<RuleViolation> v = new ArrayList<>(KkNumber.check("kkNumber", kk, regions));
        String desaCode = FieldRules.desa("desaCode", desa, regions, v);
        String addr = FieldRules.requiredText("address", address, 200, v);
        Map<UUID, Relationship> relationships = new LinkedHashMap<>();
        if (leaving == null || leaving.isEmpty()) {
            v.add(new RuleViolation("members", "required", "name the members who leave"));
        } else {
            for (int i = 0; i < leaving.size(); i++) {
                String prefix = "members[" + i + "].";
                UUID id = FieldRules.id(prefix + "memberId", leaving.get(i)[0], false, v);
                Relationship r = FieldRules.code(Relationship.class, prefix + "relationship", leaving.get(i)[1],
                        "relationship", RELATIONSHIPS, v);
                if (id != null && relationships.put(id, r) != null) {
                    v.add(new RuleViolation(prefix + "memberId", "member-twice", "the same member appears twice"));
                }
            }
        }
        var command = new SplitHousehold(household, newHousehold, kk, desaCode, addr, relationships,
                FieldRules.id("remainingHeadMemberId", remainingHead, true, v));
        return Checked.of(command, v);
    }

    public static Checked<MergeHouseholds> merge(UUID survivor, String duplicate, String reason) {
        List<RuleViolation> v = new ArrayList<>();
        var command = new MergeHouseholds(survivor, FieldRules.id("duplicateId", duplicate, false, v),
                FieldRules.requiredText("reason", reason, 500, v));
        return Checked.of(command, v);
    }

    /** An erasure and its legal basis, which is recorded with the erasure (the events carry none). */
    public record Erasure<C extends HouseholdCommand>(C command, String legalBasis) {
    }

    public static Checked<Erasure<EraseHousehold>> erasure(UUID household, String legalBasis) {
        List<RuleViolation> v = new ArrayList<>();
        String basis = FieldRules.requiredText("legalBasis", legalBasis, 500, v);
        return Checked.of(new Erasure<>(new EraseHousehold(household), basis), v);
    }

    public static Checked<Erasure<ErasePerson>> personErasure(UUID household, String memberId, String newHead,
                                                             String legalBasis) {
        List<RuleViolation> v = new ArrayList<>();
        String basis = FieldRules.requiredText("legalBasis", legalBasis, 500, v);
        var command = new ErasePerson(household, FieldRules.id("memberId", memberId, false, v),
                FieldRules.id("newHeadMemberId", newHead, true, v));
        return Checked.of(new Erasure<>(command, basis), v);
    }
}
