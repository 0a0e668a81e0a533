package id.desatumis.registry.application;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.AddMember;
import id.desatumis.registry.domain.HouseholdRejected;
import id.desatumis.registry.domain.MemberDraft;
import id.desatumis.registry.domain.MemberRules;
import id.desatumis.registry.domain.RegionReference;
import id.desatumis.registry.persistence.IdentityIndex;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Adds a member to a registered household. The household is read, the If-Match (if any) checked against
 * its version, the rules applied, and the new event appended at the version read: a concurrent change
 * in between makes this one lose with 409.
 */
@ApplicationScoped
public class MemberAdmission {

    private final HouseholdRepository households;
    private final IdentityIndex index;
    private final IdentityHasher hasher;
    private final RegionReference regions;
    private final Clock clock;
    private final id.desatumis.registry.persistence.NameIndex names;
    private final DuplicateDetector detector;

    public MemberAdmission(HouseholdRepository households, IdentityIndex index, IdentityHasher hasher,
                           RegionReference regions, Clock clock, id.desatumis.registry.persistence.NameIndex names,
                           DuplicateDetector detector) {
        this.names = names;
        this.detector = detector;
        this.households = households;
        this.index = index;
        this.hasher = hasher;
        this.regions = regions;
        this.clock = clock;
    }

    public Uni<CommandResult> admit(SqlConnection tx, CommandContext ctx, UUID householdId, OptionalLong ifMatch,
                                    MemberDraft draft) {
        return households.load(tx, householdId).chain(state -> {
            if (!state.exists() || !ctx.caller().maySee(state.desaCode())) {
                throw Problems.notFound("household");
            }
            ctx.caller().requireActIn(state.desaCode());
            Versions.checkIfMatch(ifMatch, state.version());
            var checked = MemberRules.check("", draft, UUID.randomUUID(), LocalDate.now(clock), regions);
            if (!checked.valid()) {
                throw RuleProblems.invalid(checked.violations());
            }
            var member = checked.member();
            var events = decide(state, new AddMember(householdId, member));
            byte[] nikHash = member.nik() == null ? null : hasher.nik(member.nik());
            List<byte[]> hashes = nikHash == null ? List.of() : List.of(nikHash);
            var newMember = List.of(new DuplicateDetector.NewMembers(householdId, state.desaCode(), List.of(member)));
            List<id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged> flags = new java.util.ArrayList<>();
            return index.nikHolders(tx, hashes)
                    .invoke(holders -> {
                        if (!holders.isEmpty()) {
                            throw IdentityConflicts.nikTaken(ctx.caller(), List.of("nik"), List.copyOf(holders.values()));
                        }
                    })
                    // a likely duplicate is accepted and flagged for review, in the same append
                    .chain(() -> detector.find(tx, newMember))
                    .invoke(candidates -> candidates.forEach(c -> flags.add(c.flag())))
                    .chain(() -> {
                        List<id.desatumis.registry.domain.HouseholdEvent> all = new java.util.ArrayList<>(events);
                        all.addAll(flags);
                        return households.append(tx, householdId, state.version(), all, ctx.metadata());
                    })
                    .call(() -> detector.remember(tx, newMember, flags))
                    .call(version -> index.memberAdded(tx, householdId, version))
                    .call(() -> names.add(tx, householdId, state.desaCode(), List.of(member)))
                    .call(() -> index.recordPersons(tx, householdId, List.of(member.memberId()),
                            java.util.Collections.singletonList(nikHash)))
                    .onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), List.of("nik")))
                    .map(version -> new CommandResult(200, "/households/" + householdId, version,
                            java.util.Map.of("householdId", householdId.toString(), "version", version,
                                    "memberId", member.memberId().toString(),
                                    "likelyDuplicateFlags", flags.stream().map(f -> f.flagId().toString()).toList())));
        });
    }

    private static List<id.desatumis.registry.domain.HouseholdEvent> decide(Household.State state, AddMember command) {
        try {
            return Household.decide(state, command);
        } catch (HouseholdRejected r) {
            throw RuleProblems.rejected(r);
        }
    }
}
