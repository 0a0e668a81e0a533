package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.AddMember;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.persistence.PersonIdentities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Adds a member who passed the member rules to a registered household: under the household's lock, the caller's scope
 * and If-Match are checked against the version read, the domain decides, the NIK is checked against those registered
 * and a likely duplicate is flagged in the same append.
 */
@ApplicationScoped
public class MemberAdmission {

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final PersonIdentities identities;
    private final IdentityHasher hasher;
    private final DuplicateDetector detector;

    public MemberAdmission(AggregateStore aggregates, HouseholdAggregate households, PersonIdentities identities,
                           IdentityHasher hasher, DuplicateDetector detector) {
        this.aggregates = aggregates;
        this.households = households;
        this.identities = identities;
        this.hasher = hasher;
        this.detector = detector;
    }

    public Uni<CommandResult> admit(SqlConnection tx, CommandContext ctx, UUID householdId, OptionalLong ifMatch,
                                    Member member) {
        return aggregates.lockAndLoad(tx, households, householdId).chain(before -> {
            Household.State state = HouseholdAccess.writable(ctx, before.state(), ifMatch);
            List<HouseholdEvent> events = new ArrayList<>(Household.decide(state, new AddMember(householdId, member)));
            List<byte[]> hashes = member.nik() == null ? List.of() : List.of(hasher.nik(member.nik()));
            return identities.holders(tx, hashes)
                    .invoke(holders -> {
                        if (!holders.isEmpty()) {
                            throw IdentityConflicts.nikTaken(ctx.caller(), List.of("nik"),
                                    holders.stream().map(PersonIdentities.Identity::householdId).toList());
                        }
                    })
                    // a likely duplicate is accepted and flagged for review, in the same append
                    .chain(() -> detector.find(tx, List.of(new DuplicateDetector.NewMembers(householdId, state.desaCode(),
                            List.of(member)))))
                    .chain(flags -> {
                        events.addAll(flags);
                        return aggregates.append(tx, households, before, events, ctx.metadata())
                                .map(after -> new CommandResult(200, "/households/" + householdId, after.version(),
                                        Map.of("householdId", householdId.toString(), "version", after.version(),
                                                "memberId", member.memberId().toString(),
                                                "likelyDuplicateFlags", flags.stream().map(f -> f.flagId().toString()).toList())));
                    });
        }).onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), List.of("nik")));
    }
}
